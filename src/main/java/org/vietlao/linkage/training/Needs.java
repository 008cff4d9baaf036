package org.vietlao.linkage.training;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.EntityChanged;
import org.vietlao.linkage.shared.ErrorCode;

/** Training needs submitted by organisations by topic, and the needs set against the courses offered. */
@Service
@Transactional
class Needs {

    static final String ENTITY = "training_need";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Needs(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    record NewNeed(
            @Schema(example = "Savannakhet Provincial Department of Industry and Commerce") @Size(max = 300)
            String organisation,

            @Schema(example = "LA") @Size(max = 2) String country,

            @Schema(example = "SUPPLY_CHAIN") @Size(max = 30)
            String topic,

            @Schema(example = "BUSINESS") @Size(max = 12) String audience,
            @Schema(example = "12") Integer people,

            @Schema(example = "Cold chain for fresh produce crossing at Densavanh") @Size(max = 2000)
            String description) {}

    record Need(
            long id,
            String organisation,
            String country,
            String topic,
            String audience,
            int people,
            String description,
            boolean demo) {}

    /**
     * One topic: what organisations asked for and what is offered.
     *
     * @param needs how many needs were submitted
     * @param people how many people they asked to train
     * @param courses how many courses of the topic are open (not closed)
     * @param places the capacity of those courses
     */
    record TopicBalance(String topic, long needs, long people, long courses, long places) {}

    Need submit(NewNeed body, Actor actor) {
        List<BusinessException.FieldError> errors = new ArrayList<>();
        if (Courses.blank(body.organisation())) {
            errors.add(Courses.field("organisation", "required"));
        }
        if (!Courses.oneOf(body.country(), "VN", "LA")) {
            errors.add(Courses.field("country", "country"));
        }
        if (!Topic.known(body.topic())) {
            errors.add(Courses.field("topic", "topic"));
        }
        if (!Courses.oneOf(body.audience(), "GOVERNMENT", "BUSINESS")) {
            errors.add(Courses.field("audience", "audience"));
        }
        if (body.people() == null || body.people() < 1 || body.people() > 10000) {
            errors.add(Courses.field("people", "range", 1, 10000));
        }
        if (!errors.isEmpty()) {
            throw new BusinessException(ErrorCode.TRN_014, errors);
        }
        long id = jdbc.sql("""
				INSERT INTO training_need (organisation, country, topic, audience, people, description, submitted_by,
				  submitted_at)
				VALUES (:org, :country, :topic, :audience, :people, :description, :by, :at) RETURNING id""")
                .param("org", body.organisation().strip())
                .param("country", body.country())
                .param("topic", body.topic())
                .param("audience", body.audience())
                .param("people", body.people())
                .param("description", Courses.trimmed(body.description()))
                .param("by", actor.username())
                .param("at", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("organisation", body.organisation().strip());
        values.put("country", body.country());
        values.put("topic", body.topic());
        values.put("audience", body.audience());
        values.put("people", body.people());
        values.put("description", Courses.trimmed(body.description()));
        events.publishEvent(EntityChanged.created(ENTITY, id, values));
        return all().stream().filter(n -> n.id() == id).findFirst().orElseThrow();
    }

    @Transactional(readOnly = true)
    List<Need> all() {
        return jdbc.sql("""
				SELECT id, organisation, country, topic, audience, people, description, demo FROM training_need
				ORDER BY submitted_at DESC, id DESC""")
                .query((rs, n) -> new Need(
                        rs.getLong("id"),
                        rs.getString("organisation"),
                        rs.getString("country"),
                        rs.getString("topic"),
                        rs.getString("audience"),
                        rs.getInt("people"),
                        rs.getString("description"),
                        rs.getBoolean("demo")))
                .list();
    }

    /** Every topic with its needs and its open courses, in the order of {@link Topic}. */
    @Transactional(readOnly = true)
    List<TopicBalance> againstCourses() {
        Map<String, long[]> byTopic = new LinkedHashMap<>();
        for (Topic topic : Topic.values()) {
            byTopic.put(topic.name(), new long[4]);
        }
        jdbc.sql("SELECT topic, count(*) AS n, coalesce(sum(people), 0) AS p FROM training_need GROUP BY topic")
                .query(rs -> {
                    long[] row = byTopic.get(rs.getString("topic"));
                    if (row != null) {
                        row[0] = rs.getLong("n");
                        row[1] = rs.getLong("p");
                    }
                });
        jdbc.sql("""
				SELECT topic, count(*) AS n, coalesce(sum(capacity), 0) AS c FROM training_course
				WHERE status = 'OPEN' GROUP BY topic""").query(rs -> {
            long[] row = byTopic.get(rs.getString("topic"));
            if (row != null) {
                row[2] = rs.getLong("n");
                row[3] = rs.getLong("c");
            }
        });
        return byTopic.entrySet().stream()
                .map(e -> new TopicBalance(
                        e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3]))
                .toList();
    }
}
