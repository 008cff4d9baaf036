package org.vietlao.linkage.zone;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vietlao.linkage.enterprise.EnterpriseDirectory;
import org.vietlao.linkage.enterprise.EnterpriseId;
import org.vietlao.linkage.enterprise.EnterpriseProfile;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.EntityChanged;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.Label;
import org.vietlao.linkage.shared.NoticeRaised;
import org.vietlao.linkage.shared.Role;
import org.vietlao.linkage.shared.TextRules;
import org.vietlao.linkage.shared.UserDirectory;

/**
 * Expressions of interest in a park (decision 0082): an ENTERPRISE user, for an enterprise their organisation
 * owns, tells the park's operator that it may settle there and what it plans (sector, land, investment, jobs,
 * start year, a message). The park's keepers (its operator's users, analysts and ministry officials: {@link
 * Zones.Zone#tenantsEditableBy}) see every one of the park and answer; the sender's organisation sees its own; every
 * signed-in user sees only the count of leads. Each is a lead: SENT, then ACKNOWLEDGED, then DECLINED or
 * BECAME_TENANT; the sender may withdraw an open one. The operator's organisation and the analysts who recorded the
 * park are told when one arrives; the sender's organisation when it is answered. Audited as {@code zone_interest}.
 */
@Service("zoneInterests")
@Transactional
class Interests {

    static final String ENTITY = "zone_interest";
    static final int MAX_MESSAGE = 2000;

    enum Status {
        SENT,
        ACKNOWLEDGED,
        DECLINED,
        WITHDRAWN,
        BECAME_TENANT;

        public boolean isOpen() {
            return this == SENT || this == ACKNOWLEDGED;
        }
    }

    /** A step on an expression of interest, named in the path; the keepers take all but withdraw. */
    enum Step {
        ACKNOWLEDGE(Status.ACKNOWLEDGED),
        DECLINE(Status.DECLINED),
        CONVERT(Status.BECAME_TENANT),
        WITHDRAW(Status.WITHDRAWN);

        final Status to;

        Step(Status to) {
            this.to = to;
        }

        static Optional<Step> of(String name) {
            if (name == null) {
                return Optional.empty();
            }
            for (Step step : values()) {
                if (step.name().equalsIgnoreCase(name.strip())) {
                    return Optional.of(step);
                }
            }
            return Optional.empty();
        }

        boolean allowedFrom(Status status) {
            return switch (this) {
                case ACKNOWLEDGE -> status == Status.SENT;
                case DECLINE, CONVERT, WITHDRAW -> status.isOpen();
            };
        }
    }

    /** What an enterprise states when it expresses interest in a park. */
    record Draft(
            Long enterpriseId,
            @Size(max = 10) String isic,
            BigDecimal landHa,
            BigDecimal investment,
            @Size(max = 3) String currency,
            Integer jobs,
            Integer startYear,
            @Size(max = MAX_MESSAGE) String message) {}

    /** The keeper's answer (or the sender's reason to withdraw), optional except when declining. */
    record Answer(@Size(max = MAX_MESSAGE) String answer) {}

    record Interest(
            long id,
            long zoneId,
            long enterpriseId,
            String enterpriseName,
            String enterpriseCountry,
            String isic,
            BigDecimal landHa,
            BigDecimal investment,
            String currency,
            Integer jobs,
            Integer startYear,
            String message,
            Status status,
            String answer,
            String sentBy,
            Instant sentAt,
            int version) {

        /** The day it was sent, in Indochina time (UTC+7). */
        public LocalDate sentOn() {
            return sentAt.atOffset(ZoneOffset.ofHours(7)).toLocalDate();
        }

        Map<String, Object> auditValues() {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("zoneId", zoneId);
            values.put("enterpriseId", enterpriseId);
            values.put("isic", isic);
            values.put("landHa", landHa);
            values.put("investment", investment);
            values.put("currency", currency);
            values.put("jobs", jobs);
            values.put("startYear", startYear);
            values.put("message", message);
            values.put("status", status);
            values.put("answer", answer);
            return values;
        }
    }

    /** The leads of a park as everyone may see them: counts only. */
    record Leads(long total, long open, long becameTenants) {}

    private final JdbcClient jdbc;
    private final Zones zones;
    private final Tenants tenants;
    private final EnterpriseDirectory directory;
    private final UserDirectory users;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Interests(
            JdbcClient jdbc,
            Zones zones,
            Tenants tenants,
            EnterpriseDirectory directory,
            UserDirectory users,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.zones = zones;
        this.tenants = tenants;
        this.directory = directory;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    /** Who may send at all: an ENTERPRISE user whose organisation owns an enterprise. Checked before the body. */
    static void requireMaySend(Actor actor) {
        actor.require(actor.has(Role.ENTERPRISE) && !actor.enterpriseIds().isEmpty());
    }

    Interest send(long zoneId, Draft draft, Actor actor) {
        requireMaySend(actor);
        Zones.Zone zone = zones.require(zoneId);
        if (draft == null) {
            throw new BusinessException(ErrorCode.ZON_011, List.of(Zones.field("body", "required")));
        }
        // Whose enterprise it is comes before whether the rest is valid (decision 0009).
        if (draft.enterpriseId() != null && !actor.actsFor(draft.enterpriseId())) {
            throw new BusinessException(ErrorCode.AUT_002);
        }
        List<BusinessException.FieldError> errors = problems(draft);
        if (!errors.isEmpty()) {
            throw new BusinessException(ErrorCode.ZON_011, errors);
        }
        String isic = draft.isic() == null || draft.isic().isBlank()
                ? null
                : draft.isic().strip().toUpperCase(Locale.ROOT);
        String currency = draft.currency() == null || draft.currency().isBlank()
                ? null
                : draft.currency().strip().toUpperCase(Locale.ROOT);
        String message = draft.message().strip();
        long id;
        try {
            id = jdbc.sql("""
					INSERT INTO zone_interest (zone_id, enterprise_id, organisation_id, isic, land_ha, investment, currency,
					  jobs, start_year, message, status, sent_by, sent_at)
					VALUES (:z, :e, :o, :isic, :land, :investment, :currency, :jobs, :start, :message, 'SENT', :by, :at)
					RETURNING id""")
                    .param("z", zoneId)
                    .param("e", draft.enterpriseId())
                    .param("o", actor.organisationId())
                    .param("isic", isic)
                    .param("land", draft.landHa())
                    .param("investment", draft.investment())
                    .param("currency", currency)
                    .param("jobs", draft.jobs())
                    .param("start", draft.startYear())
                    .param("message", message)
                    .param("by", actor.username())
                    .param("at", Timestamp.from(Instant.now(clock)))
                    .query(Long.class)
                    .single();
        } catch (DuplicateKeyException already) {
            throw BusinessException.onField(ErrorCode.ZON_013, "enterpriseId");
        }
        Interest created = require(zoneId, id);
        events.publishEvent(EntityChanged.created(ENTITY, id, created.auditValues()));
        tellKeepers(zone, created);
        return created;
    }

    /** Every rule the draft breaks, each on its field; nothing is saved. */
    List<BusinessException.FieldError> problems(Draft draft) {
        List<BusinessException.FieldError> errors = new ArrayList<>();
        Optional<EnterpriseProfile> enterprise = draft.enterpriseId() == null
                ? Optional.empty()
                : directory.find(new EnterpriseId(draft.enterpriseId()));
        if (enterprise.isEmpty()) {
            errors.add(Zones.field("enterpriseId", "enterprise"));
        }
        String isic = draft.isic() == null || draft.isic().isBlank()
                ? null
                : draft.isic().strip().toUpperCase(Locale.ROOT);
        if (isic != null && !isic.matches("[A-U]|[0-9]{2,4}")) {
            errors.add(Zones.field("isic", "isic"));
        }
        if (draft.landHa() != null
                && (draft.landHa().signum() <= 0
                        || draft.landHa().scale() > 2
                        || draft.landHa().compareTo(BigDecimal.valueOf(9_999_999_999L)) > 0)) {
            errors.add(Zones.field("landHa", "area"));
        }
        if (draft.investment() != null
                && (draft.investment().signum() < 0
                        || draft.investment().scale() > 2
                        || draft.investment().precision() - draft.investment().scale() > 18)) {
            errors.add(Zones.field("investment", "amount"));
        }
        String currency = draft.currency() == null || draft.currency().isBlank()
                ? null
                : draft.currency().strip().toUpperCase(Locale.ROOT);
        if ((draft.investment() == null) != (currency == null) || (currency != null && !currency.matches("[A-Z]{3}"))) {
            errors.add(Zones.field("currency", "amountAndCurrency"));
        }
        if (draft.jobs() != null && (draft.jobs() < 0 || draft.jobs() > 1_000_000)) {
            errors.add(Zones.field("jobs", "range", 0, 1_000_000));
        }
        int thisYear = LocalDate.now(clock).getYear();
        if (draft.startYear() != null && (draft.startYear() < thisYear || draft.startYear() > thisYear + 30)) {
            errors.add(Zones.field("startYear", "range", thisYear, thisYear + 30));
        }
        text(draft.message(), "message", true, errors);
        return errors;
    }

    /**
     * A step on one expression of interest. Who may take it is decided before the answer is read: a keeper of the
     * park or the sender's organisation may touch it at all (else AUT-002); withdrawing is the sender's, the other
     * steps the keepers'.
     */
    Interest step(long zoneId, long interestId, String stepName, Answer answer, Actor actor) {
        Interest before = requireVisible(zoneId, interestId, actor);
        Zones.Zone zone = zones.require(zoneId);
        Step step = Step.of(stepName)
                .orElseThrow(() -> BusinessException.onField(ErrorCode.PLT_002, "step", String.valueOf(stepName)));
        actor.require(step == Step.WITHDRAW ? actor.actsFor(before.enterpriseId()) : zone.tenantsEditableBy(actor));
        if (!step.allowedFrom(before.status())) {
            throw new BusinessException(
                    ErrorCode.ZON_014, before.status().name(), step.name().toLowerCase(Locale.ROOT));
        }
        List<BusinessException.FieldError> errors = new ArrayList<>();
        String text = text(answer == null ? null : answer.answer(), "answer", step == Step.DECLINE, errors);
        if (!errors.isEmpty()) {
            throw new BusinessException(ErrorCode.ZON_011, errors);
        }
        if (step == Step.CONVERT
                && tenants.of(zoneId).stream().noneMatch(t -> t.enterpriseId() == before.enterpriseId())) {
            throw new BusinessException(ErrorCode.ZON_011, List.of(Zones.field("enterpriseId", "notTenantYet")));
        }
        int updated = jdbc.sql("""
				UPDATE zone_interest SET status = :status, answer = COALESCE(:answer, answer), version = version + 1,
				  updated_by = :by, updated_at = :at
				WHERE id = :id AND version = :version""")
                .param("status", step.to.name())
                .param("answer", text)
                .param("by", actor.username())
                .param("at", Timestamp.from(Instant.now(clock)))
                .param("id", interestId)
                .param("version", before.version())
                .update();
        if (updated == 0) {
            throw BusinessException.onField(ErrorCode.PLT_009, "version", before.version());
        }
        Interest after = require(zoneId, interestId);
        EntityChanged change = EntityChanged.updated(ENTITY, interestId, before.auditValues(), after.auditValues());
        if (!change.isEmpty()) {
            events.publishEvent(change);
        }
        if (step == Step.WITHDRAW) {
            tellKeepers(zone, after);
        } else {
            tellSender(zone, after);
        }
        return after;
    }

    /** The expressions of interest of a park this actor may read: all for its keepers, the own ones otherwise. */
    List<Interest> visibleTo(long zoneId, Actor actor) {
        Zones.Zone zone = zones.require(zoneId);
        boolean keeper = zone.tenantsEditableBy(actor);
        return of(zoneId).stream()
                .filter(i -> keeper || actor.actsFor(i.enterpriseId()))
                .toList();
    }

    Leads leads(long zoneId) {
        return jdbc.sql("""
				SELECT count(*) AS total, count(*) FILTER (WHERE status IN ('SENT', 'ACKNOWLEDGED')) AS open,
				  count(*) FILTER (WHERE status = 'BECAME_TENANT') AS tenants
				FROM zone_interest WHERE zone_id = :z""")
                .param("z", zoneId)
                .query((rs, n) -> new Leads(rs.getLong("total"), rs.getLong("open"), rs.getLong("tenants")))
                .single();
    }

    /** One expression of interest, if the actor may read it (else AUT-002; ZON-012 when there is none). */
    Interest requireVisible(long zoneId, long interestId, Actor actor) {
        Zones.Zone zone = zones.require(zoneId);
        Interest interest = require(zoneId, interestId);
        actor.require(zone.tenantsEditableBy(actor) || actor.actsFor(interest.enterpriseId()));
        return interest;
    }

    Interest require(long zoneId, long interestId) {
        return jdbc.sql("SELECT * FROM zone_interest WHERE id = :id AND zone_id = :z")
                .param("id", interestId)
                .param("z", zoneId)
                .query(this::interest)
                .optional()
                .orElseThrow(() -> BusinessException.onField(ErrorCode.ZON_012, "interestId", interestId));
    }

    private List<Interest> of(long zoneId) {
        return jdbc.sql("SELECT * FROM zone_interest WHERE zone_id = :z ORDER BY sent_at DESC, id DESC")
                .param("z", zoneId)
                .query(this::interest)
                .list();
    }

    /** The operator's organisation and the analysts or officials who recorded or last changed the park. */
    private void tellKeepers(Zones.Zone zone, Interest interest) {
        Set<Long> organisations = new HashSet<>();
        if (zone.operatorEnterpriseId() != null) {
            directory
                    .find(new EnterpriseId(zone.operatorEnterpriseId()))
                    .map(EnterpriseProfile::ownerOrganisationId)
                    .ifPresent(organisations::add);
        }
        List<String> keepers = jdbc.sql("SELECT created_by, updated_by FROM zone WHERE id = :id")
                .param("id", zone.id())
                .query((rs, n) -> {
                    List<String> names = new ArrayList<>();
                    names.add(rs.getString("created_by"));
                    if (rs.getString("updated_by") != null) {
                        names.add(rs.getString("updated_by"));
                    }
                    return names;
                })
                .single();
        Set<String> usernames = new HashSet<>();
        users.withUsernames(keepers).forEach(u -> usernames.add(u.username()));
        if (organisations.isEmpty() && usernames.isEmpty()) {
            return;
        }
        events.publishEvent(new NoticeRaised(
                usernames,
                organisations,
                "zone-interest-" + interest.status().name().toLowerCase(Locale.ROOT),
                Label.of("zone.notice." + interest.status().name(), interest.enterpriseName(), names(zone)),
                "/zones/" + zone.id() + "#zone-interests"));
    }

    private void tellSender(Zones.Zone zone, Interest interest) {
        Long organisation = jdbc.sql("SELECT organisation_id FROM zone_interest WHERE id = :id")
                .param("id", interest.id())
                .query((rs, n) -> (Long) rs.getObject("organisation_id"))
                .single();
        Set<String> usernames = new HashSet<>();
        if (organisation == null) {
            users.withUsernames(List.of(interest.sentBy())).forEach(u -> usernames.add(u.username()));
        }
        events.publishEvent(new NoticeRaised(
                usernames,
                organisation == null ? Set.of() : Set.of(organisation),
                "zone-interest-" + interest.status().name().toLowerCase(Locale.ROOT),
                Label.of("zone.notice." + interest.status().name(), interest.enterpriseName(), names(zone)),
                "/zones/" + zone.id() + "#zone-interests"));
    }

    private static Map<String, String> names(Zones.Zone zone) {
        return Map.of(
                "en", zone.names().en(),
                "vi", zone.names().vi(),
                "lo", zone.names().lo());
    }

    private static String text(
            String value, String field, boolean required, List<BusinessException.FieldError> errors) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(Zones.field(field, "required"));
            }
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > MAX_MESSAGE) {
            errors.add(Zones.field(field, "length", MAX_MESSAGE));
            return null;
        }
        if (!TextRules.isAcceptable(stripped)) {
            errors.add(Zones.field(field, "characters"));
            return null;
        }
        return stripped;
    }

    private Interest interest(ResultSet rs, int n) throws SQLException {
        long enterprise = rs.getLong("enterprise_id");
        Optional<EnterpriseProfile> profile = directory.find(new EnterpriseId(enterprise));
        return new Interest(
                rs.getLong("id"),
                rs.getLong("zone_id"),
                enterprise,
                profile.map(EnterpriseProfile::name).orElse("#" + enterprise),
                profile.map(EnterpriseProfile::country).orElse(null),
                rs.getString("isic"),
                rs.getBigDecimal("land_ha"),
                rs.getBigDecimal("investment"),
                rs.getString("currency"),
                (Integer) rs.getObject("jobs"),
                (Integer) rs.getObject("start_year"),
                rs.getString("message"),
                Status.valueOf(rs.getString("status")),
                rs.getString("answer"),
                rs.getString("sent_by"),
                rs.getTimestamp("sent_at").toInstant(),
                rs.getInt("version"));
    }
}
