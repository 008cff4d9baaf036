package org.vietlao.linkage.promotion;

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
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.EntityChanged;
import org.vietlao.linkage.shared.ErrorCode;

/** The rating rule of each country, read per request (a change counts at once) and changed by analysts. */
@Repository
class RatingRules {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RatingRules(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    List<RatingRule> all() {
        return jdbc.sql("SELECT * FROM promotion_rating_rule ORDER BY country DESC")
                .query((rs, n) -> new RatingRule(
                        rs.getString("country"),
                        rs.getString("scheme"),
                        rs.getInt("min_stars_export"),
                        rs.getInt("validity_months")))
                .list();
    }

    RatingRule of(String country) {
        return all().stream()
                .filter(rule -> rule.country().equals(country))
                .findFirst()
                .orElseThrow(() -> BusinessException.onField(ErrorCode.PRM_014, "country", String.valueOf(country)));
    }

    /** Changes a country's rule; PRM-014 for stars outside 1–5 or a validity outside 1–120 months. */
    @Transactional
    RatingRule change(String country, Integer minStars, Integer validityMonths, Actor actor) {
        RatingRule before = of(country);
        List<BusinessException.FieldError> errors = new ArrayList<>();
        if (minStars == null || minStars < 1 || minStars > 5) {
            errors.add(new BusinessException.FieldError("minStarsExport", "promotion.rule.range", 1, 5));
        }
        if (validityMonths == null || validityMonths < 1 || validityMonths > 120) {
            errors.add(new BusinessException.FieldError("validityMonths", "promotion.rule.range", 1, 120));
        }
        if (!errors.isEmpty()) {
            throw new BusinessException(ErrorCode.PRM_014, errors);
        }
        jdbc.sql("""
				UPDATE promotion_rating_rule SET min_stars_export = :stars, validity_months = :months,
				  updated_by = :user, updated_at = :now WHERE country = :country""")
                .param("stars", minStars)
                .param("months", validityMonths)
                .param("user", actor.username())
                .param("now", Timestamp.from(clock.instant()))
                .param("country", country)
                .update();
        RatingRule after = of(country);
        EntityChanged change = EntityChanged.updated("promotion_rating_rule", country, values(before), values(after));
        if (!change.isEmpty()) {
            events.publishEvent(change);
        }
        return after;
    }

    private static Map<String, Object> values(RatingRule rule) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("minStarsExport", rule.minStarsExport());
        values.put("validityMonths", rule.validityMonths());
        return values;
    }
}
