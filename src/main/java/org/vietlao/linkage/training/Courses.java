package org.vietlao.linkage.training;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.EntityChanged;
import org.vietlao.linkage.shared.ErrorCode;

/** Courses and their sessions: organisers create them, everyone signed in reads them, organisers close them. */
@Service
@Transactional
class Courses {

    static final String ENTITY = "training_course";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TrainingSettings settings;

    Courses(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock, TrainingSettings settings) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.settings = settings;
    }

    record Titles(
            @Schema(example = "Border economic zone management") @Size(max = 300)
            String en,

            @Schema(example = "Quản lý khu kinh tế cửa khẩu") @Size(max = 300)
            String vi,

            @Schema(example = "ການຄຸ້ມຄອງເຂດເສດຖະກິດຊາຍແດນ") @Size(max = 300)
            String lo) {

        /** The title in the reader's language, English when none. */
        String in(Locale locale) {
            String language = locale == null ? "en" : locale.getLanguage();
            String text = "vi".equals(language) ? vi : "lo".equals(language) ? lo : en;
            return text == null || text.isBlank() ? en : text;
        }
    }

    record NewSession(
            @Schema(
                    description = "When changing a course: the id of the session kept (absent for a new one); "
                            + "ignored when creating",
                    example = "12")
            Long id,

            @Schema(example = "2026-11-02") LocalDate heldOn,

            @Schema(example = "Incentive regimes side by side") @Size(max = 300)
            String title) {}

    record NewCourse(
            @Valid Titles title,

            @Schema(example = "BORDER_ECONOMIC_ZONE") @Size(max = 30)
            String topic,

            @Schema(example = "GOVERNMENT") @Size(max = 12) String audience,
            @Schema(example = "vi") @Size(max = 2) String language,

            @Schema(example = "Viet Nam Institute of Strategy and Policy for Industry and Trade") @Size(max = 300)
            String partnerInstitute,

            @Schema(example = "Đông Hà, Quảng Trị") @Size(max = 300)
            String place,

            Boolean online,

            @Schema(example = "Dr. Nguyễn Văn An; ປອ. ສົມພອນ ແກ້ວມະນີ") @Size(max = 500)
            String trainers,

            @Schema(example = "30") Integer capacity,
            @Schema(example = "2026-11-02") LocalDate startsOn,
            @Schema(example = "2026-11-06") LocalDate endsOn,
            @Size(max = 60) List<@Valid NewSession> sessions,

            @Schema(
                    description = "The kinds of output the course must produce (decision 0086): it closes only "
                            + "when each has at least one recorded output",
                    example = "[\"PARK_COMPARISON\", \"REPORT\"]")
            @Size(max = 5)
            List<@Size(max = 20) String> plannedOutputs) {}

    record Session(long id, int position, LocalDate heldOn, String title) {}

    record Course(
            long id,
            Titles title,
            String topic,
            String audience,
            String language,
            String partnerInstitute,
            String place,
            boolean online,
            String trainers,
            int capacity,
            LocalDate startsOn,
            LocalDate endsOn,
            String status,
            boolean demo,
            List<Session> sessions,
            List<String> plannedOutputs) {

        boolean closed() {
            return "CLOSED".equals(status);
        }
    }

    Course create(NewCourse body, Actor actor) {
        List<BusinessException.FieldError> errors = check(body);
        if (!errors.isEmpty()) {
            throw new BusinessException(ErrorCode.TRN_001, errors);
        }
        List<NewSession> sessions = body.sessions();
        long id = jdbc.sql("""
				INSERT INTO training_course (title_en, title_vi, title_lo, topic, audience, language, partner_institute,
				  place, online, trainers, capacity, starts_on, ends_on, planned_outputs, created_by, created_at)
				VALUES (:en, :vi, :lo, :topic, :audience, :language, :partner, :place, :online, :trainers, :capacity,
				  :starts, :ends, :planned, :by, :at) RETURNING id""")
                .params(content(body))
                .param("by", actor.username())
                .param("at", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        for (int i = 0; i < sessions.size(); i++) {
            jdbc.sql("""
					INSERT INTO training_session (course_id, position, held_on, title)
					VALUES (:c, :p, :d, :t)""")
                    .param("c", id)
                    .param("p", i + 1)
                    .param("d", Date.valueOf(sessions.get(i).heldOn()))
                    .param("t", sessions.get(i).title().strip())
                    .update();
        }
        Course course = require(id);
        events.publishEvent(EntityChanged.created(ENTITY, id, values(course)));
        return course;
    }

    /**
     * Changes an open course (TRN-008 when closed) under the rules of a new one, and: a session named by its id must
     * be one of this course's; a session left out is removed, unless attendance was recorded for it; the capacity
     * is not below the trainees already enrolled. The audit records what differs.
     */
    Course change(long id, NewCourse body, Actor actor) {
        Course before = require(id);
        requireOpen(before);
        List<BusinessException.FieldError> errors = check(body);
        List<NewSession> sessions = body.sessions() == null ? List.of() : body.sessions();
        java.util.Set<Long> kept = new java.util.HashSet<>();
        for (int i = 0; i < sessions.size() && i < 60; i++) {
            NewSession session = sessions.get(i);
            if (session != null && session.id() != null) {
                if (before.sessions().stream().noneMatch(s -> s.id() == session.id()) || !kept.add(session.id())) {
                    errors.add(field("sessions[" + i + "].id", "session"));
                }
            }
        }
        List<Long> removed = before.sessions().stream()
                .map(Session::id)
                .filter(s -> !kept.contains(s))
                .toList();
        for (Long session : removed) {
            long marks = jdbc.sql("SELECT count(*) FROM training_attendance WHERE session_id = :s")
                    .param("s", session)
                    .query(Long.class)
                    .single();
            if (marks > 0) {
                Session gone = before.sessions().stream()
                        .filter(s -> s.id() == session)
                        .findFirst()
                        .orElseThrow();
                errors.add(field("sessions", "sessionAttended", gone.position(), gone.title()));
            }
        }
        long enrolled = jdbc.sql("SELECT count(*) FROM training_enrolment WHERE course_id = :c")
                .param("c", id)
                .query(Long.class)
                .single();
        if (body.capacity() != null && body.capacity() < enrolled) {
            errors.add(field("capacity", "belowEnrolled", enrolled));
        }
        if (!errors.isEmpty()) {
            throw new BusinessException(ErrorCode.TRN_001, errors);
        }
        jdbc.sql("""
				UPDATE training_course SET title_en = :en, title_vi = :vi, title_lo = :lo, topic = :topic,
				  audience = :audience, language = :language, partner_institute = :partner, place = :place,
				  online = :online, trainers = :trainers, capacity = :capacity, starts_on = :starts, ends_on = :ends,
				  planned_outputs = :planned
				WHERE id = :id""").params(content(body)).param("id", id).update();
        for (Long session : removed) {
            jdbc.sql("DELETE FROM training_session WHERE id = :s")
                    .param("s", session)
                    .update();
        }
        // positions are unique per course: move the kept ones out of the way before numbering again
        jdbc.sql("UPDATE training_session SET position = -position WHERE course_id = :c")
                .param("c", id)
                .update();
        for (int i = 0; i < sessions.size(); i++) {
            NewSession session = sessions.get(i);
            if (session.id() != null) {
                jdbc.sql("UPDATE training_session SET position = :p, held_on = :d, title = :t WHERE id = :s")
                        .param("p", i + 1)
                        .param("d", Date.valueOf(session.heldOn()))
                        .param("t", session.title().strip())
                        .param("s", session.id())
                        .update();
            } else {
                jdbc.sql("INSERT INTO training_session (course_id, position, held_on, title) VALUES (:c, :p, :d, :t)")
                        .param("c", id)
                        .param("p", i + 1)
                        .param("d", Date.valueOf(session.heldOn()))
                        .param("t", session.title().strip())
                        .update();
            }
        }
        Course after = require(id);
        events.publishEvent(EntityChanged.updated(ENTITY, id, values(before), values(after)));
        return after;
    }

    /** The course's columns as named parameters, for creating and changing it (content already checked). */
    private static Map<String, Object> content(NewCourse body) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("en", body.title().en().strip());
        content.put("vi", body.title().vi().strip());
        content.put("lo", body.title().lo().strip());
        content.put("topic", body.topic());
        content.put("audience", body.audience());
        content.put("language", body.language());
        content.put("partner", trimmed(body.partnerInstitute()));
        content.put("place", trimmed(body.place()));
        content.put("online", Boolean.TRUE.equals(body.online()));
        content.put("trainers", trimmed(body.trainers()));
        content.put("capacity", body.capacity());
        content.put("starts", Date.valueOf(body.startsOn()));
        content.put("ends", Date.valueOf(body.endsOn()));
        content.put("planned", planned(body));
        return content;
    }

    private static String[] planned(NewCourse body) {
        return body.plannedOutputs() == null
                ? new String[0]
                : body.plannedOutputs().stream().distinct().toArray(String[]::new);
    }

    /** The rules of a course's content, for a new course and a changed one. */
    private List<BusinessException.FieldError> check(NewCourse body) {
        List<BusinessException.FieldError> errors = new ArrayList<>();
        Titles title = body.title();
        if (title == null || blank(title.en()) || blank(title.vi()) || blank(title.lo())) {
            errors.add(field("title", "languages"));
        }
        if (!Topic.known(body.topic())) {
            errors.add(field("topic", "topic"));
        }
        if (!oneOf(body.audience(), "GOVERNMENT", "BUSINESS")) {
            errors.add(field("audience", "audience"));
        }
        if (!oneOf(body.language(), "en", "vi", "lo")) {
            errors.add(field("language", "language"));
        }
        if (!Boolean.TRUE.equals(body.online()) && blank(body.place())) {
            errors.add(field("place", "placeOrOnline"));
        }
        if (body.capacity() == null || body.capacity() < 1 || body.capacity() > 10000) {
            errors.add(field("capacity", "range", 1, 10000));
        }
        if (body.startsOn() == null
                || body.startsOn().getYear() < 2000
                || body.startsOn().getYear() > 2100) {
            errors.add(field("startsOn", "required"));
        }
        if (body.endsOn() == null
                || (body.startsOn() != null && body.endsOn().isBefore(body.startsOn()))
                || body.endsOn().getYear() > 2100) {
            errors.add(field("endsOn", "afterStart"));
        }
        List<NewSession> sessions = body.sessions() == null ? List.of() : body.sessions();
        if (sessions.isEmpty() || sessions.size() > 60) {
            errors.add(field("sessions", "range", 1, 60));
        }
        for (int i = 0; i < sessions.size() && i < 60; i++) {
            NewSession session = sessions.get(i);
            if (session == null || blank(session.title())) {
                errors.add(field("sessions[" + i + "].title", "required"));
            }
            if (session == null
                    || session.heldOn() == null
                    || (body.startsOn() != null && session.heldOn().isBefore(body.startsOn()))
                    || (body.endsOn() != null && session.heldOn().isAfter(body.endsOn()))) {
                errors.add(field("sessions[" + i + "].heldOn", "withinDates"));
            }
        }
        List<String> planned = body.plannedOutputs() == null ? List.of() : body.plannedOutputs();
        if (planned.size() > 5 || planned.stream().anyMatch(k -> !Outputs.Kind.known(k))) {
            errors.add(field("plannedOutputs", "outputKind"));
        }
        return errors;
    }

    /** Closes the course: TRN-008 when already closed, TRN-009 when it has fewer outputs than the rule asks. */
    Course close(long id, Actor actor) {
        Course course = require(id);
        requireOpen(course);
        long outputs = jdbc.sql("SELECT count(*) FROM training_output WHERE course_id = :c")
                .param("c", id)
                .query(Long.class)
                .single();
        if (outputs < settings.minOutputsToClose()) {
            throw BusinessException.onField(ErrorCode.TRN_009, "outputs", settings.minOutputsToClose(), outputs);
        }
        List<String> recorded = jdbc.sql("SELECT DISTINCT kind FROM training_output WHERE course_id = :c")
                .param("c", id)
                .query(String.class)
                .list();
        List<String> missing = course.plannedOutputs().stream()
                .filter(kind -> !recorded.contains(kind))
                .toList();
        if (!missing.isEmpty()) {
            throw BusinessException.onField(ErrorCode.TRN_016, "plannedOutputs", String.join(", ", missing));
        }
        jdbc.sql("UPDATE training_course SET status = 'CLOSED', closed_by = :by, closed_at = :at WHERE id = :id")
                .param("by", actor.username())
                .param("at", Timestamp.from(clock.instant()))
                .param("id", id)
                .update();
        events.publishEvent(EntityChanged.updated(ENTITY, id, "status", "OPEN", "CLOSED"));
        return require(id);
    }

    static void requireOpen(Course course) {
        if (course.closed()) {
            throw new BusinessException(ErrorCode.TRN_008, course.id());
        }
    }

    @Transactional(readOnly = true)
    Course require(long id) {
        return jdbc.sql("SELECT * FROM training_course WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> course(rs))
                .optional()
                .map(this::withSessions)
                .orElseThrow(() -> new BusinessException(ErrorCode.TRN_002, id));
    }

    /** Every course, newest first. */
    @Transactional(readOnly = true)
    List<Course> all() {
        return jdbc
                .sql("SELECT * FROM training_course ORDER BY starts_on DESC, id DESC")
                .query((rs, n) -> course(rs))
                .list()
                .stream()
                .map(this::withSessions)
                .toList();
    }

    private Course withSessions(Course course) {
        List<Session> sessions = jdbc.sql(
                        "SELECT id, position, held_on, title FROM training_session WHERE course_id = :c ORDER BY position")
                .param("c", course.id())
                .query((rs, n) -> new Session(
                        rs.getLong("id"),
                        rs.getInt("position"),
                        rs.getDate("held_on").toLocalDate(),
                        rs.getString("title")))
                .list();
        return new Course(
                course.id(),
                course.title(),
                course.topic(),
                course.audience(),
                course.language(),
                course.partnerInstitute(),
                course.place(),
                course.online(),
                course.trainers(),
                course.capacity(),
                course.startsOn(),
                course.endsOn(),
                course.status(),
                course.demo(),
                sessions,
                course.plannedOutputs());
    }

    private static Course course(ResultSet rs) throws SQLException {
        return new Course(
                rs.getLong("id"),
                new Titles(rs.getString("title_en"), rs.getString("title_vi"), rs.getString("title_lo")),
                rs.getString("topic"),
                rs.getString("audience"),
                rs.getString("language"),
                rs.getString("partner_institute"),
                rs.getString("place"),
                rs.getBoolean("online"),
                rs.getString("trainers"),
                rs.getInt("capacity"),
                rs.getDate("starts_on").toLocalDate(),
                rs.getDate("ends_on").toLocalDate(),
                rs.getString("status"),
                rs.getBoolean("demo"),
                List.of(),
                List.of((String[]) rs.getArray("planned_outputs").getArray()));
    }

    static Map<String, Object> values(Course course) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("titleEn", course.title().en());
        values.put("titleVi", course.title().vi());
        values.put("titleLo", course.title().lo());
        values.put("topic", course.topic());
        values.put("audience", course.audience());
        values.put("language", course.language());
        values.put("partnerInstitute", course.partnerInstitute());
        values.put("place", course.place());
        values.put("online", course.online());
        values.put("trainers", course.trainers());
        values.put("capacity", course.capacity());
        values.put("startsOn", course.startsOn());
        values.put("endsOn", course.endsOn());
        values.put(
                "sessions",
                String.join(
                        "; ",
                        course.sessions().stream()
                                .map(s -> s.heldOn() + " " + s.title())
                                .toList()));
        values.put("plannedOutputs", String.join(", ", course.plannedOutputs()));
        values.put("status", course.status());
        return values;
    }

    static BusinessException.FieldError field(String field, String rule, Object... args) {
        return new BusinessException.FieldError(field, "training.rule." + rule, args);
    }

    /** Whether {@code value} is one of {@code allowed}; false for null (List.of(…).contains(null) would throw). */
    static boolean oneOf(String value, String... allowed) {
        return value != null && List.of(allowed).contains(value);
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    static String trimmed(String text) {
        return blank(text) ? null : text.strip();
    }
}
