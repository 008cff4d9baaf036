package org.vietlao.linkage.zone;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.EntityChanged;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.LocalizedText;
import org.vietlao.linkage.shared.Role;

/**
 * The incentive regimes of both countries and their terms. A zone names the scope it falls under; the regime of
 * that scope valid on a day is the one that applies on that day. Analysts and ministry officials correct a term
 * (audited as {@code zone_incentive_term}).
 */
@Service
@Transactional
class Regimes {

    static final String TERM_ENTITY = "zone_incentive_term";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Regimes(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** One term: a number, a rule or a text, with its own source, date and whether it is confirmed. */
    record Term(
            IncentiveTerm term,
            BigDecimal amount,
            String rule,
            LocalizedText text,
            String source,
            LocalDate sourceDate,
            boolean confirmed) {

        Map<String, Object> auditValues() {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("amount", amount);
            values.put("rule", rule);
            values.put("textEn", text == null ? null : text.en());
            values.put("textVi", text == null ? null : text.vi());
            values.put("textLo", text == null ? null : text.lo());
            values.put("source", source);
            values.put("sourceDate", sourceDate);
            values.put("confirmed", confirmed);
            return values;
        }
    }

    record Regime(
            long id,
            String code,
            String scope,
            String country,
            LocalizedText names,
            String legalBasis,
            LocalDate validFrom,
            LocalDate validTo,
            Map<IncentiveTerm, Term> terms) {

        Optional<Term> term(IncentiveTerm term) {
            return Optional.ofNullable(terms.get(term));
        }

        BigDecimal amount(IncentiveTerm term) {
            Term found = terms.get(term);
            return found == null ? null : found.amount();
        }
    }

    List<Regime> all() {
        return jdbc
                .sql("SELECT * FROM zone_incentive_regime ORDER BY country DESC, scope, valid_from")
                .query((rs, n) -> rs.getLong("id"))
                .list()
                .stream()
                .map(this::require)
                .toList();
    }

    Regime require(long id) {
        return find(id).orElseThrow(() -> BusinessException.onField(ErrorCode.ZON_007, "id", id));
    }

    Optional<Regime> find(long id) {
        return jdbc.sql("SELECT * FROM zone_incentive_regime WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new Regime(
                        rs.getLong("id"),
                        rs.getString("code"),
                        rs.getString("scope"),
                        rs.getString("country"),
                        LocalizedText.of(rs.getString("name_en"), rs.getString("name_vi"), rs.getString("name_lo")),
                        rs.getString("legal_basis"),
                        rs.getDate("valid_from").toLocalDate(),
                        rs.getDate("valid_to") == null
                                ? null
                                : rs.getDate("valid_to").toLocalDate(),
                        Map.of()))
                .optional()
                .map(regime -> new Regime(
                        regime.id(),
                        regime.code(),
                        regime.scope(),
                        regime.country(),
                        regime.names(),
                        regime.legalBasis(),
                        regime.validFrom(),
                        regime.validTo(),
                        terms(regime.id())));
    }

    /** The regime of {@code scope} valid on {@code day}; empty when none is recorded for that day. */
    Optional<Regime> on(String scope, LocalDate day) {
        if (scope == null) {
            return Optional.empty();
        }
        return jdbc.sql("""
				SELECT id FROM zone_incentive_regime WHERE scope = :scope AND valid_from <= :day
				AND (valid_to IS NULL OR valid_to >= :day) ORDER BY valid_from DESC LIMIT 1""")
                .param("scope", scope)
                .param("day", Date.valueOf(day))
                .query(Long.class)
                .optional()
                .flatMap(this::find);
    }

    boolean scopeExists(String scope) {
        return jdbc.sql("SELECT count(*) FROM zone_incentive_regime WHERE scope = :scope")
                        .param("scope", scope)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private Map<IncentiveTerm, Term> terms(long regimeId) {
        Map<IncentiveTerm, Term> terms = new EnumMap<>(IncentiveTerm.class);
        jdbc
                .sql("SELECT * FROM zone_incentive_term WHERE regime_id = :id")
                .param("id", regimeId)
                .query((rs, n) -> {
                    IncentiveTerm term;
                    try {
                        term = IncentiveTerm.valueOf(rs.getString("term"));
                    } catch (IllegalArgumentException unknown) {
                        return null;
                    }
                    String en = rs.getString("text_en");
                    return new Term(
                            term,
                            rs.getBigDecimal("amount"),
                            rs.getString("rule"),
                            en == null ? null : LocalizedText.of(en, rs.getString("text_vi"), rs.getString("text_lo")),
                            rs.getString("source"),
                            rs.getDate("source_date").toLocalDate(),
                            rs.getBoolean("confirmed"));
                })
                .list()
                .stream()
                .filter(t -> t != null)
                .forEach(t -> terms.put(t.term(), t));
        return terms;
    }

    /** What an analyst or ministry official sends to set one term. */
    record TermInput(
            BigDecimal amount,
            @Size(max = 40) String rule,
            @Size(max = 1000) String textEn,
            @Size(max = 1000) String textVi,
            @Size(max = 1000) String textLo,
            @Size(max = 2000) String source,
            LocalDate sourceDate,
            Boolean confirmed) {}

    static void requireMayEdit(Actor actor) {
        actor.require(actor.has(Role.ANALYST) || actor.has(Role.MINISTRY));
    }

    /** Sets (adds or replaces) one term of a regime; audited with the fields that changed. */
    Term setTerm(long regimeId, String termName, TermInput input, Actor actor) {
        requireMayEdit(actor);
        Regime regime = require(regimeId);
        IncentiveTerm term;
        try {
            term = IncentiveTerm.valueOf(termName == null ? "" : termName);
        } catch (IllegalArgumentException ex) {
            throw BusinessException.onField(ErrorCode.ZON_008, "term", termName);
        }
        List<BusinessException.FieldError> errors = new ArrayList<>();
        if (input == null) {
            throw new BusinessException(ErrorCode.ZON_008, List.of(Zones.field("body", "required")));
        }
        if (term.numeric()) {
            if (input.amount() == null) {
                errors.add(Zones.field("amount", "required"));
            } else if (input.amount().signum() < 0
                    || input.amount()
                                    .compareTo(
                                            BigDecimal.valueOf(term.shape == IncentiveTerm.Shape.AMOUNT ? 1e15 : 100))
                            > 0
                    || input.amount().scale() > 4) {
                errors.add(Zones.field("amount", "range", 0, term.shape == IncentiveTerm.Shape.AMOUNT ? "10^15" : 100));
            }
        } else if (term.shape == IncentiveTerm.Shape.RULE) {
            try {
                HolidayStart.valueOf(input.rule() == null ? "" : input.rule());
            } catch (IllegalArgumentException ex) {
                errors.add(Zones.field("rule", "oneOf", List.of(HolidayStart.values())));
            }
        } else if (blank(input.textEn()) || blank(input.textVi()) || blank(input.textLo())) {
            errors.add(Zones.field("textEn", "threeLanguages"));
        }
        for (String text : new String[] {input.textEn(), input.textVi(), input.textLo()}) {
            if (text != null && text.length() > 1000) {
                errors.add(Zones.field("textEn", "length", 1000));
                break;
            }
        }
        if (blank(input.source()) || input.source().length() > 2000) {
            errors.add(Zones.field("source", "source"));
        }
        if (input.sourceDate() == null
                || input.sourceDate().isBefore(LocalDate.of(1945, 1, 1))
                || input.sourceDate().isAfter(LocalDate.now(clock).plusDays(1))) {
            errors.add(Zones.field("sourceDate", "sourceDate"));
        }
        if (!errors.isEmpty()) {
            throw new BusinessException(ErrorCode.ZON_008, errors);
        }
        Term after = new Term(
                term,
                term.numeric() ? input.amount().stripTrailingZeros() : null,
                term.shape == IncentiveTerm.Shape.RULE ? input.rule() : null,
                term.shape == IncentiveTerm.Shape.TEXT
                        ? LocalizedText.of(
                                input.textEn().strip(),
                                input.textVi().strip(),
                                input.textLo().strip())
                        : null,
                input.source().strip(),
                input.sourceDate(),
                Boolean.TRUE.equals(input.confirmed()));
        Optional<Term> before = regime.term(term);
        jdbc.sql("""
				INSERT INTO zone_incentive_term (regime_id, term, amount, rule, text_en, text_vi, text_lo, source,
				  source_date, confirmed)
				VALUES (:regime, :term, :amount, :rule, :en, :vi, :lo, :source, :day, :confirmed)
				ON CONFLICT (regime_id, term) DO UPDATE SET amount = EXCLUDED.amount, rule = EXCLUDED.rule,
				  text_en = EXCLUDED.text_en, text_vi = EXCLUDED.text_vi, text_lo = EXCLUDED.text_lo,
				  source = EXCLUDED.source, source_date = EXCLUDED.source_date, confirmed = EXCLUDED.confirmed""")
                .param("regime", regimeId)
                .param("term", term.name())
                .param("amount", after.amount())
                .param("rule", after.rule())
                .param("en", after.text() == null ? null : after.text().en())
                .param("vi", after.text() == null ? null : after.text().vi())
                .param("lo", after.text() == null ? null : after.text().lo())
                .param("source", after.source())
                .param("day", Date.valueOf(after.sourceDate()))
                .param("confirmed", after.confirmed())
                .update();
        jdbc.sql("UPDATE zone_incentive_regime SET version = version + 1, updated_by = :by, updated_at = :at "
                        + "WHERE id = :id")
                .param("by", actor.username())
                .param("at", java.sql.Timestamp.from(Instant.now(clock)))
                .param("id", regimeId)
                .update();
        String id = regime.code() + "/" + term.name();
        if (before.isEmpty()) {
            events.publishEvent(EntityChanged.created(TERM_ENTITY, id, after.auditValues()));
        } else {
            EntityChanged change =
                    EntityChanged.updated(TERM_ENTITY, id, before.get().auditValues(), after.auditValues());
            if (!change.isEmpty()) {
                events.publishEvent(change);
            }
        }
        return after;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
