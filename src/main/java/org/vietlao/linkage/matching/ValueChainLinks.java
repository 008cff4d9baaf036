package org.vietlao.linkage.matching;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.EntityChanged;
import org.vietlao.linkage.shared.ErrorCode;

/**
 * The curated value-chain links, read by the matching index and edited by analysts (audited).
 */
@Repository
class ValueChainLinks {

    static final String ENTITY = "value_chain_link";
    static final int MAX_NOTE = 500;

    private final JdbcClient jdbc;
    private final HsCodes hsCodes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ValueChainLinks(JdbcClient jdbc, HsCodes hsCodes, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.hsCodes = hsCodes;
        this.events = events;
        this.clock = clock;
    }

    /** What an analyst submits; checked by {@link #create} and {@link #update}. */
    record Submission(String inputPrefix, String productPrefix, BigDecimal strength, String note) {}

    /** A link changed; the index reloads the links once the change is committed. */
    record Changed() {}

    List<ValueChainLink> all() {
        return jdbc.sql("SELECT * FROM matching_value_chain_link ORDER BY input_prefix, product_prefix, id")
                .query(ValueChainLinks::link)
                .list();
    }

    ValueChainLink get(long id) {
        return jdbc.sql("SELECT * FROM matching_value_chain_link WHERE id = :id")
                .param("id", id)
                .query(ValueChainLinks::link)
                .optional()
                .orElseThrow(() -> new BusinessException(ErrorCode.MAT_010, String.valueOf(id)));
    }

    @Transactional
    ValueChainLink create(Submission submission) {
        ValueChainLink link = validated(submission, 0);
        refuseDuplicate(link, 0);
        long id = jdbc.sql("""
				INSERT INTO matching_value_chain_link (input_prefix, product_prefix, strength, note, created_at, updated_at)
				VALUES (:input, :product, :strength, :note, :now, :now) RETURNING id""")
                .param("input", link.inputPrefix())
                .param("product", link.productPrefix())
                .param("strength", link.strength())
                .param("note", link.note())
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        events.publishEvent(EntityChanged.created(ENTITY, id, values(link)));
        events.publishEvent(new Changed());
        return get(id);
    }

    @Transactional
    ValueChainLink update(long id, Submission submission) {
        ValueChainLink before = get(id);
        ValueChainLink link = validated(submission, id);
        refuseDuplicate(link, id);
        jdbc.sql("""
				UPDATE matching_value_chain_link SET input_prefix = :input, product_prefix = :product,
				       strength = :strength, note = :note, updated_at = :now WHERE id = :id""")
                .param("input", link.inputPrefix())
                .param("product", link.productPrefix())
                .param("strength", link.strength())
                .param("note", link.note())
                .param("now", Timestamp.from(clock.instant()))
                .param("id", id)
                .update();
        events.publishEvent(EntityChanged.updated(ENTITY, id, values(before), values(link)));
        events.publishEvent(new Changed());
        return get(id);
    }

    @Transactional
    void delete(long id) {
        get(id);
        jdbc.sql("DELETE FROM matching_value_chain_link WHERE id = :id")
                .param("id", id)
                .update();
        events.publishEvent(EntityChanged.deleted(ENTITY, id));
        events.publishEvent(new Changed());
    }

    private void refuseDuplicate(ValueChainLink link, long id) {
        boolean taken = jdbc.sql("""
				SELECT count(*) FROM matching_value_chain_link
				WHERE input_prefix = :input AND product_prefix = :product AND id <> :id""")
                        .param("input", link.inputPrefix())
                        .param("product", link.productPrefix())
                        .param("id", id)
                        .query(Long.class)
                        .single()
                > 0;
        if (taken) {
            throw new BusinessException(ErrorCode.MAT_011, link.inputPrefix(), link.productPrefix());
        }
    }

    private ValueChainLink validated(Submission submission, long id) {
        String note = submission.note() == null || submission.note().isBlank()
                ? null
                : submission.note().strip();
        if (note != null && note.length() > MAX_NOTE) {
            throw BusinessException.onField(ErrorCode.MAT_015, "note", MAX_NOTE);
        }
        List<BusinessException.FieldError> errors = new ArrayList<>();
        String input = hsCodes.checked(submission.inputPrefix(), "inputPrefix", errors);
        String product = hsCodes.checked(submission.productPrefix(), "productPrefix", errors);
        if (input != null && input.equals(product)) {
            errors.add(new BusinessException.FieldError("productPrefix", "matching.link.error.sameCodes"));
        }
        BigDecimal strength = submission.strength();
        if (strength == null) {
            errors.add(new BusinessException.FieldError("strength", "validation.NotNull"));
        } else if (strength.signum() <= 0
                || strength.compareTo(BigDecimal.ONE) > 0
                || strength.stripTrailingZeros().scale() > 2) {
            errors.add(new BusinessException.FieldError("strength", "matching.link.error.strength"));
        }
        if (!errors.isEmpty()) {
            throw new BusinessException(ErrorCode.MAT_009, errors);
        }
        return new ValueChainLink(id, input, product, strength.setScale(2), note);
    }

    private static Map<String, Object> values(ValueChainLink link) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("inputPrefix", link.inputPrefix());
        values.put("productPrefix", link.productPrefix());
        values.put("strength", link.strength());
        values.put("note", link.note());
        return values;
    }

    private static ValueChainLink link(ResultSet rs, int row) throws SQLException {
        return new ValueChainLink(
                rs.getLong("id"),
                rs.getString("input_prefix").intern(),
                rs.getString("product_prefix").intern(),
                rs.getBigDecimal("strength"),
                rs.getString("note"));
    }
}
