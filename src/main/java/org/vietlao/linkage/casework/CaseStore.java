package org.vietlao.linkage.casework;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of cases, their steps, history, members, supporters and messages. */
@Repository
class CaseStore {

    /** One transition in a case's history. */
    record Event(
            Instant at,
            String username,
            String action,
            String fromStatus,
            String toStatus,
            String reason,
            String coordinatorCountry) {}

    /** A timed step: its deadline and, once taken, the day it was. */
    record StepRow(
            Step step, LocalDate startedOn, LocalDate deadline, String country, String bodyId, LocalDate finishedOn) {

        /** Finished by its deadline. */
        public boolean onTime() {
            return finishedOn != null && !finishedOn.isAfter(deadline);
        }

        /** Its deadline has fallen due: it was taken, or it is still open and the deadline has passed. */
        public boolean isDue(LocalDate today) {
            return finishedOn != null || today.isAfter(deadline);
        }
    }

    /** A message on a case. */
    record Message(long id, String username, String author, Instant at, String text) {}

    private final JdbcClient jdbc;

    CaseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    JdbcClient jdbc() {
        return jdbc;
    }

    Optional<Case> find(long id, boolean forUpdate) {
        return jdbc.sql("SELECT * FROM casework_case WHERE id = :id" + (forUpdate ? " FOR UPDATE" : ""))
                .param("id", id)
                .query((rs, n) -> read(rs))
                .optional();
    }

    List<Case> query(String where, java.util.Map<String, ?> params) {
        var spec = jdbc.sql("SELECT * FROM casework_case WHERE " + where + " ORDER BY submitted_on DESC, id DESC");
        for (var p : params.entrySet()) {
            spec = spec.param(p.getKey(), p.getValue());
        }
        return spec.query((rs, n) -> read(rs)).list();
    }

    List<Event> events(long caseId) {
        return jdbc.sql("SELECT at, username, action, from_status, to_status, reason, coordinator_country "
                        + "FROM casework_case_event "
                        + "WHERE case_id = :id ORDER BY id")
                .param("id", caseId)
                .query((rs, n) -> new Event(
                        rs.getTimestamp(1).toInstant(),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7)))
                .list();
    }

    void event(
            long caseId,
            Instant at,
            String username,
            Action action,
            CaseStatus from,
            CaseStatus to,
            String reason,
            String coordinatorCountry) {
        jdbc.sql("""
				INSERT INTO casework_case_event (case_id, at, username, action, from_status, to_status, reason,
				  coordinator_country)
				VALUES (:id, :at, :u, :a, :f, :t, :r, :cc)""")
                .param("cc", coordinatorCountry)
                .param("id", caseId)
                .param("at", Timestamp.from(at))
                .param("u", username)
                .param("a", action == null ? "FILE" : action.name())
                .param("f", from == null ? null : from.name())
                .param("t", to.name())
                .param("r", reason)
                .update();
    }

    List<StepRow> steps(long caseId) {
        return jdbc.sql("SELECT step, started_on, deadline, country, body_id, finished_on FROM casework_step "
                        + "WHERE case_id = :id ORDER BY id")
                .param("id", caseId)
                .query((rs, n) -> new StepRow(
                        Step.valueOf(rs.getString(1)),
                        rs.getDate(2).toLocalDate(),
                        rs.getDate(3).toLocalDate(),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate()))
                .list();
    }

    void startStep(long caseId, Step step, LocalDate on, LocalDate deadline, String country, String bodyId) {
        jdbc.sql("""
				INSERT INTO casework_step (case_id, step, started_on, deadline, country, body_id)
				VALUES (:id, :s, :on, :d, :c, :b)""")
                .param("id", caseId)
                .param("s", step.name())
                .param("on", Date.valueOf(on))
                .param("d", Date.valueOf(deadline))
                .param("c", country)
                .param("b", bodyId)
                .update();
    }

    void finishOpenSteps(long caseId, LocalDate on) {
        jdbc.sql("UPDATE casework_step SET finished_on = :on WHERE case_id = :id AND finished_on IS NULL")
                .param("on", Date.valueOf(on))
                .param("id", caseId)
                .update();
    }

    List<String> members(long caseId) {
        return jdbc.sql("SELECT name FROM casework_case_member WHERE case_id = :id ORDER BY name")
                .param("id", caseId)
                .query(String.class)
                .list();
    }

    long supporters(long caseId) {
        return jdbc.sql("SELECT count(*) FROM casework_support WHERE case_id = :id")
                .param("id", caseId)
                .query(Long.class)
                .single();
    }

    List<Message> messages(long caseId) {
        return jdbc.sql("SELECT id, username, author, at, text FROM casework_message WHERE case_id = :id ORDER BY id")
                .param("id", caseId)
                .query((rs, n) -> new Message(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getString(5)))
                .list();
    }

    static Case read(ResultSet rs) throws SQLException {
        String hs = rs.getString("hs_codes");
        return new Case(
                rs.getLong("id"),
                rs.getString("reference"),
                rs.getString("filer_username"),
                (Long) rs.getObject("filer_organisation_id", Long.class),
                rs.getString("filer_kind"),
                rs.getString("filer_name"),
                rs.getString("home_country"),
                rs.getString("kind"),
                Topic.valueOf(rs.getString("topic")),
                rs.getString("country"),
                rs.getString("province_code"),
                rs.getString("gate_pair_id"),
                hs == null || hs.isBlank() ? List.of() : Arrays.asList(hs.split(",")),
                rs.getString("measure"),
                rs.getString("title"),
                rs.getString("description"),
                rs.getString("language"),
                rs.getBoolean("publishable"),
                CaseStatus.valueOf(rs.getString("status")),
                rs.getString("proposed_body_id"),
                rs.getString("body_id"),
                rs.getString("answer"),
                rs.getString("answer_language"),
                rs.getString("reason"),
                rs.getBoolean("escalated"),
                rs.getBoolean("needs_government"),
                rs.getString("step") == null ? null : Step.valueOf(rs.getString("step")),
                date(rs, "step_started_on"),
                date(rs, "step_deadline"),
                date(rs, "submitted_on"),
                date(rs, "closed_on"),
                rs.getInt("version"),
                rs.getBoolean("demo"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
