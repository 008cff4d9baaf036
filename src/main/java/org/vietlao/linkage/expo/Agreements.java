package org.vietlao.linkage.expo;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vietlao.linkage.enterprise.EnterpriseDirectory;
import org.vietlao.linkage.enterprise.EnterpriseId;
import org.vietlao.linkage.matching.AgreedLinkages;
import org.vietlao.linkage.pilot.PilotCandidates;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.EntityChanged;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.HsCode;

/**
 * Contracts and memoranda signed at the fair. Each becomes (or confirms) a linkage in matching through its public
 * {@link AgreedLinkages}, and is counted on the event's page.
 */
@Service
@Transactional
class Agreements {

    static final String ENTITY = "expo_agreement";

    private final JdbcClient jdbc;
    private final Events eventsOfExpo;
    private final EnterpriseDirectory directory;
    private final AgreedLinkages linkages;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PilotCandidates pilot;
    private final MessageSource messages;

    Agreements(
            JdbcClient jdbc,
            Events eventsOfExpo,
            EnterpriseDirectory directory,
            AgreedLinkages linkages,
            ApplicationEventPublisher events,
            Clock clock,
            PilotCandidates pilot,
            MessageSource messages) {
        this.pilot = pilot;
        this.messages = messages;
        this.jdbc = jdbc;
        this.eventsOfExpo = eventsOfExpo;
        this.directory = directory;
        this.linkages = linkages;
        this.events = events;
        this.clock = clock;
    }

    record Agreement(
            long id,
            long eventId,
            Long meetingId,
            long vnEnterpriseId,
            long laEnterpriseId,
            String kind,
            List<String> hsCodes,
            BigDecimal amount,
            String currency,
            LocalDate signedOn,
            long linkageId) {}

    Agreement record(
            long eventId,
            Long vn,
            Long la,
            String kind,
            List<String> hsCodes,
            BigDecimal amount,
            String currency,
            LocalDate signedOn,
            Long meetingId,
            String username) {
        Events.Event event = eventsOfExpo.require(eventId);
        List<BusinessException.FieldError> errors = new ArrayList<>();
        if (vn == null
                || directory
                        .find(new EnterpriseId(vn))
                        .filter(p -> p.country().equals("VN"))
                        .isEmpty()) {
            errors.add(Events.field("vnEnterpriseId", "required"));
        }
        if (la == null
                || directory
                        .find(new EnterpriseId(la))
                        .filter(p -> p.country().equals("LA"))
                        .isEmpty()) {
            errors.add(Events.field("laEnterpriseId", "required"));
        }
        if (kind == null || !List.of("CONTRACT", "MOU").contains(kind)) {
            errors.add(Events.field("kind", "kind"));
        }
        Set<String> codes = new LinkedHashSet<>();
        List<String> given = hsCodes == null ? List.of() : hsCodes;
        if (given.isEmpty() || given.size() > 20) {
            errors.add(Events.field("hsCodes", "range", 1, 20));
        }
        for (int i = 0; i < given.size() && i < 20; i++) {
            try {
                codes.add(HsCode.parse(given.get(i), "hsCodes[" + i + "]").digits());
            } catch (BusinessException malformed) {
                errors.addAll(malformed.errors());
            }
        }
        if ((amount == null) != (currency == null || currency.isBlank())) {
            errors.add(Events.field("currency", "amountAndCurrency"));
        }
        if (amount != null && (amount.signum() < 0 || amount.precision() - amount.scale() > 18 || amount.scale() > 2)) {
            errors.add(Events.field("amount", "amount"));
        }
        if (currency != null && !currency.isBlank() && !currency.matches("[A-Z]{3}")) {
            errors.add(Events.field("currency", "amountAndCurrency"));
        }
        if (signedOn == null
                || signedOn.isBefore(event.startsOn())
                || signedOn.isAfter(event.endsOn().plusDays(1))) {
            errors.add(Events.field("signedOn", "withinDates"));
        }
        if (meetingId != null
                && jdbc.sql("""
						SELECT count(*) FROM expo_meeting WHERE id = :m AND event_id = :e AND status = 'ACCEPTED'
						AND LEAST(from_enterprise_id, to_enterprise_id) = LEAST(:vn, :la)
						AND GREATEST(from_enterprise_id, to_enterprise_id) = GREATEST(:vn, :la)""")
                                .param("m", meetingId)
                                .param("e", eventId)
                                .param("vn", vn == null ? -1 : vn)
                                .param("la", la == null ? -1 : la)
                                .query(Long.class)
                                .single()
                        == 0) {
            errors.add(Events.field("meetingId", "meetingOfThePair"));
        }
        if (!errors.isEmpty()) {
            throw new BusinessException(ErrorCode.EXP_025, errors);
        }
        long linkage = linkages.linkAgreed(
                new EnterpriseId(vn), new EnterpriseId(la), "Expo " + eventId + ": " + kind, username);
        long id = jdbc.sql("""
				INSERT INTO expo_agreement (event_id, meeting_id, vn_enterprise_id, la_enterprise_id, kind, hs_codes,
				  amount, currency, signed_on, recorded_by, recorded_at)
				VALUES (:e, :m, :vn, :la, :kind, :codes, :amount, :currency, :signed, :by, :at) RETURNING id""")
                .param("e", eventId)
                .param("m", meetingId)
                .param("vn", vn)
                .param("la", la)
                .param("kind", kind)
                .param("codes", codes.toArray(new String[0]))
                .param("amount", amount)
                .param("currency", amount == null ? null : currency)
                .param("signed", Date.valueOf(signedOn))
                .param("by", username)
                .param("at", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("eventId", eventId);
        values.put("vnEnterpriseId", vn);
        values.put("laEnterpriseId", la);
        values.put("kind", kind);
        values.put("amount", amount == null ? null : amount.toPlainString());
        values.put("currency", amount == null ? null : currency);
        values.put("linkageId", linkage);
        events.publishEvent(EntityChanged.created(ENTITY, id, values));
        return new Agreement(
                id,
                eventId,
                meetingId,
                vn,
                la,
                kind,
                List.copyOf(codes),
                amount,
                amount == null ? null : currency,
                signedOn,
                linkage);
    }

    /** The source a proposal from this agreement carries in the pilot module (decision 0044). */
    static String pilotSource(long agreementId) {
        return "expo-agreement:" + agreementId;
    }

    /**
     * Proposes the agreement as a candidate of a draft pilot-model evaluation the organiser owns (decision 0044).
     * Who may act is decided first: EXP-026 (404) for an agreement the event does not have, then the pilot
     * module's PIL-015 (404) or PIL-016 (403) for the evaluation; only then are sector and chain read. A second
     * proposal of the same agreement to the same evaluation changes nothing and answers the first candidate.
     */
    PilotCandidates.Proposed proposeToPilot(
            long eventId, long agreementId, long evaluationId, Actor actor, String sector, Long chainRef) {
        Events.Event event = eventsOfExpo.require(eventId);
        Agreement agreement = of(eventId).stream()
                .filter(a -> a.id() == agreementId)
                .findFirst()
                .orElseThrow(() -> new BusinessException(ErrorCode.EXP_026, agreementId));
        pilot.requireMayPropose(evaluationId, actor);
        Map<String, String> names = new LinkedHashMap<>();
        for (String language : List.of("en", "vi", "lo")) {
            Locale locale = Locale.forLanguageTag(language);
            String name = messages.getMessage(
                    "expo.agreement.pilotName",
                    new Object[] {
                        messages.getMessage("expo.agreement.kind." + agreement.kind(), null, locale),
                        enterpriseName(agreement.vnEnterpriseId(), language),
                        enterpriseName(agreement.laEnterpriseId(), language),
                        event.name().in(locale).text()
                    },
                    locale);
            names.put(language, name.length() > 300 ? name.substring(0, 299) + "…" : name);
        }
        String description = "Expo event " + eventId + ", agreement " + agreementId + ": " + agreement.kind()
                + ", HS " + String.join(", ", agreement.hsCodes())
                + (agreement.amount() == null
                        ? ""
                        : ", " + agreement.amount().toPlainString() + " " + agreement.currency())
                + ", signed " + agreement.signedOn();
        return pilot.propose(
                evaluationId,
                actor,
                new PilotCandidates.Proposal(
                        pilotSource(agreementId),
                        names.get("en"),
                        names.get("vi"),
                        names.get("lo"),
                        sector == null || sector.isBlank() ? "OTHER" : sector,
                        description,
                        chainRef));
    }

    private String enterpriseName(long id, String language) {
        return directory
                .find(new EnterpriseId(id))
                .map(p -> {
                    String translated = p.names() == null ? null : p.names().get(language);
                    return translated == null || translated.isBlank() ? p.name() : translated;
                })
                .orElse("#" + id);
    }

    /** The agreements recorded for an event, in the order they were signed. */
    @Transactional(readOnly = true)
    List<Agreement> of(long eventId) {
        return jdbc.sql("""
				SELECT id, event_id, meeting_id, vn_enterprise_id, la_enterprise_id, kind, hs_codes, amount, currency,
				  signed_on FROM expo_agreement WHERE event_id = :e ORDER BY signed_on, id""")
                .param("e", eventId)
                .query((rs, n) -> new Agreement(
                        rs.getLong("id"),
                        rs.getLong("event_id"),
                        (Long) rs.getObject("meeting_id", Long.class),
                        rs.getLong("vn_enterprise_id"),
                        rs.getLong("la_enterprise_id"),
                        rs.getString("kind"),
                        List.of((String[]) rs.getArray("hs_codes").getArray()),
                        rs.getBigDecimal("amount"),
                        rs.getString("currency"),
                        rs.getDate("signed_on").toLocalDate(),
                        // The linkage lives in matching; a listing does not look it up (0: not looked up).
                        0L))
                .list();
    }

    @Transactional(readOnly = true)
    long count(long eventId) {
        return jdbc.sql("SELECT count(*) FROM expo_agreement WHERE event_id = :e")
                .param("e", eventId)
                .query(Long.class)
                .single();
    }
}
