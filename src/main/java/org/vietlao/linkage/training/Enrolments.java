package org.vietlao.linkage.training;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.EntityChanged;
import org.vietlao.linkage.shared.ErrorCode;

/**
 * Enrolment of trainees in courses, attendance per session, the assessment and completion. Completion follows the
 * configured rule (attendance share and pass mark, {@link TrainingSettings}) and issues the certificate.
 */
@Service
@Transactional
class Enrolments {

    static final String ENTITY = "training_enrolment";

    private final JdbcClient jdbc;
    private final Courses courses;
    private final Trainees trainees;
    private final Certificates certificates;
    private final TrainingSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Enrolments(
            JdbcClient jdbc,
            Courses courses,
            Trainees trainees,
            Certificates certificates,
            TrainingSettings settings,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.courses = courses;
        this.trainees = trainees;
        this.certificates = certificates;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /**
     * An enrolment as the organisers and the trainee see it.
     *
     * @param attended the ids of the sessions the trainee attended
     * @param certificateIssued whether a certificate was issued (its code is never stored in clear)
     */
    record Enrolment(
            long id,
            long courseId,
            long traineeId,
            String traineeName,
            String organisation,
            String country,
            String province,
            @Schema(example = "78.5") BigDecimal score,
            LocalDate completedOn,
            List<Long> attended,
            boolean certificateIssued) {}

    /** The answer to a completion: the certificate's code, given this once in clear (decision 0062). */
    record Completed(Enrolment enrolment, String certificateCode) {}

    Enrolment enrol(long courseId, Long traineeId, Actor actor) {
        Courses.Course course = courses.require(courseId);
        Courses.requireOpen(course);
        if (traineeId == null) {
            throw new BusinessException(ErrorCode.TRN_004, List.of(Courses.field("traineeId", "required")), "—");
        }
        if (trainees.find(traineeId).isEmpty()) {
            throw BusinessException.onField(ErrorCode.TRN_004, "traineeId", traineeId);
        }
        long enrolled = jdbc.sql("SELECT count(*) FROM training_enrolment WHERE course_id = :c")
                .param("c", courseId)
                .query(Long.class)
                .single();
        if (enrolled >= course.capacity()) {
            throw new BusinessException(ErrorCode.TRN_007, course.capacity());
        }
        long id;
        try {
            id = jdbc.sql("""
					INSERT INTO training_enrolment (course_id, trainee_id, enrolled_by, enrolled_at)
					VALUES (:c, :t, :by, :at) ON CONFLICT (course_id, trainee_id) DO NOTHING RETURNING id""")
                    .param("c", courseId)
                    .param("t", traineeId)
                    .param("by", actor.username())
                    .param("at", Timestamp.from(clock.instant()))
                    .query(Long.class)
                    .optional()
                    .orElseThrow(() -> BusinessException.onField(ErrorCode.TRN_006, "traineeId"));
        } catch (DuplicateKeyException raced) {
            throw BusinessException.onField(ErrorCode.TRN_006, "traineeId");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("courseId", courseId);
        values.put("traineeId", traineeId);
        events.publishEvent(EntityChanged.created(ENTITY, id, values));
        return require(courseId, id);
    }

    /** Records whether the trainee attended the session. */
    Enrolment attendance(long courseId, long enrolmentId, Long sessionId, Boolean present) {
        Courses.Course course = courses.require(courseId);
        Enrolment enrolment = require(courseId, enrolmentId);
        Courses.requireOpen(course);
        List<BusinessException.FieldError> errors = new ArrayList<>();
        if (sessionId == null || course.sessions().stream().noneMatch(s -> s.id() == sessionId)) {
            errors.add(Courses.field("sessionId", "session"));
        }
        if (present == null) {
            errors.add(Courses.field("present", "required"));
        }
        if (!errors.isEmpty()) {
            throw new BusinessException(ErrorCode.TRN_013, errors);
        }
        boolean before = enrolment.attended().contains(sessionId);
        jdbc.sql("""
				INSERT INTO training_attendance (enrolment_id, session_id, present) VALUES (:e, :s, :p)
				ON CONFLICT (enrolment_id, session_id) DO UPDATE SET present = EXCLUDED.present""")
                .param("e", enrolmentId)
                .param("s", sessionId)
                .param("p", present)
                .update();
        if (before != present) {
            events.publishEvent(EntityChanged.updated(ENTITY, enrolmentId, "attendance." + sessionId, before, present));
        }
        return require(courseId, enrolmentId);
    }

    /**
     * A session's register as one: every trainee enrolled in the course is marked present when named in
     * {@code present}, absent otherwise (each change audited as by {@link #attendance}). TRN-013 naming
     * {@code sessionId} when it is not a session of the course, {@code present} when it names someone not enrolled.
     */
    List<Enrolment> register(long courseId, Long sessionId, java.util.Collection<Long> present) {
        Courses.Course course = courses.require(courseId);
        Courses.requireOpen(course);
        if (sessionId == null || course.sessions().stream().noneMatch(s -> s.id() == sessionId)) {
            throw new BusinessException(ErrorCode.TRN_013, List.of(Courses.field("sessionId", "session")));
        }
        List<Enrolment> enrolled = ofCourse(courseId);
        java.util.Set<Long> named = present == null ? java.util.Set.of() : new java.util.HashSet<>(present);
        if (!enrolled.stream().map(Enrolment::id).toList().containsAll(named)) {
            throw new BusinessException(ErrorCode.TRN_013, List.of(Courses.field("present", "enrolment")));
        }
        for (Enrolment enrolment : enrolled) {
            attendance(courseId, enrolment.id(), sessionId, named.contains(enrolment.id()));
        }
        return ofCourse(courseId);
    }

    /** Who was marked present at a session (enrolment ids), and whether the register was taken at all. */
    @Transactional(readOnly = true)
    Map<Long, Boolean> registerOf(long sessionId) {
        Map<Long, Boolean> marks = new LinkedHashMap<>();
        jdbc.sql("SELECT enrolment_id, present FROM training_attendance WHERE session_id = :s")
                .param("s", sessionId)
                .query(rs -> {
                    marks.put(rs.getLong("enrolment_id"), rs.getBoolean("present"));
                });
        return marks;
    }

    /** Records the assessment score, 0 to 100 with at most two decimals. */
    Enrolment assess(long courseId, long enrolmentId, BigDecimal score) {
        Courses.Course course = courses.require(courseId);
        Enrolment enrolment = require(courseId, enrolmentId);
        Courses.requireOpen(course);
        if (score == null
                || score.signum() < 0
                || score.compareTo(BigDecimal.valueOf(100)) > 0
                || score.stripTrailingZeros().scale() > 2) {
            throw new BusinessException(ErrorCode.TRN_013, List.of(Courses.field("score", "range", 0, 100)));
        }
        jdbc.sql("UPDATE training_enrolment SET score = :s WHERE id = :id")
                .param("s", score)
                .param("id", enrolmentId)
                .update();
        events.publishEvent(EntityChanged.updated(ENTITY, enrolmentId, "score", enrolment.score(), score));
        return require(courseId, enrolmentId);
    }

    /**
     * Completes the enrolment when the trainee attended at least the configured share of the sessions and reached
     * the pass mark (TRN-011 naming what is missing), and issues the certificate. Completing again re-issues it:
     * the earlier code is refused from then on.
     */
    Completed complete(long courseId, long enrolmentId, Actor actor) {
        Courses.Course course = courses.require(courseId);
        Enrolment enrolment = require(courseId, enrolmentId);
        List<BusinessException.FieldError> missing = new ArrayList<>();
        int sessions = course.sessions().size();
        // attended / sessions >= percent / 100, in integers
        if (enrolment.attended().size() * 100L < (long) settings.attendancePercent() * sessions) {
            missing.add(Courses.field(
                    "attendance", "attendance", enrolment.attended().size(), sessions));
        }
        if (enrolment.score() == null || enrolment.score().compareTo(BigDecimal.valueOf(settings.passMark())) < 0) {
            missing.add(Courses.field("score", "passMark", settings.passMark()));
        }
        if (!missing.isEmpty()) {
            throw new BusinessException(ErrorCode.TRN_011, missing, settings.attendancePercent(), settings.passMark());
        }
        LocalDate completedOn = enrolment.completedOn() != null ? enrolment.completedOn() : LocalDate.now(clock);
        jdbc.sql("UPDATE training_enrolment SET completed_on = :d WHERE id = :id")
                .param("d", Date.valueOf(completedOn))
                .param("id", enrolmentId)
                .update();
        if (enrolment.completedOn() == null) {
            events.publishEvent(EntityChanged.updated(ENTITY, enrolmentId, "completedOn", null, completedOn));
        }
        String code = certificates.issue(enrolmentId, actor);
        return new Completed(require(courseId, enrolmentId), code);
    }

    @Transactional(readOnly = true)
    Enrolment require(long courseId, long enrolmentId) {
        return jdbc.sql(SELECT + " WHERE e.course_id = :c AND e.id = :id")
                .param("c", courseId)
                .param("id", enrolmentId)
                .query((rs, n) -> row(rs))
                .optional()
                .map(this::withAttendance)
                .orElseThrow(() -> new BusinessException(ErrorCode.TRN_005, enrolmentId));
    }

    /** The enrolments of a course, by trainee name: for organisers (the caller checks). */
    @Transactional(readOnly = true)
    List<Enrolment> ofCourse(long courseId) {
        courses.require(courseId);
        return jdbc
                .sql(SELECT + " WHERE e.course_id = :c ORDER BY t.full_name, e.id")
                .param("c", courseId)
                .query((rs, n) -> row(rs))
                .list()
                .stream()
                .map(this::withAttendance)
                .toList();
    }

    /** The enrolments of one trainee, newest course first. */
    @Transactional(readOnly = true)
    List<Enrolment> ofTrainee(long traineeId) {
        return jdbc
                .sql(SELECT + " JOIN training_course c ON c.id = e.course_id WHERE e.trainee_id = :t "
                        + "ORDER BY c.starts_on DESC, e.id")
                .param("t", traineeId)
                .query((rs, n) -> row(rs))
                .list()
                .stream()
                .map(this::withAttendance)
                .toList();
    }

    /** How many trainees are enrolled in each course. */
    @Transactional(readOnly = true)
    Map<Long, Long> countsByCourse() {
        Map<Long, Long> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT course_id, count(*) AS n FROM training_enrolment GROUP BY course_id")
                .query(rs -> {
                    counts.put(rs.getLong("course_id"), rs.getLong("n"));
                });
        return counts;
    }

    private static final String SELECT = """
			SELECT e.id, e.course_id, e.trainee_id, t.full_name, t.organisation, t.country, t.province_code, e.score,
			  e.completed_on, e.certificate_hash IS NOT NULL AS issued
			FROM training_enrolment e JOIN training_trainee t ON t.id = e.trainee_id""";

    private static Enrolment row(java.sql.ResultSet rs) throws java.sql.SQLException {
        Date completed = rs.getDate("completed_on");
        return new Enrolment(
                rs.getLong("id"),
                rs.getLong("course_id"),
                rs.getLong("trainee_id"),
                rs.getString("full_name"),
                rs.getString("organisation"),
                rs.getString("country"),
                rs.getString("province_code"),
                rs.getBigDecimal("score"),
                completed == null ? null : completed.toLocalDate(),
                List.of(),
                rs.getBoolean("issued"));
    }

    private Enrolment withAttendance(Enrolment e) {
        List<Long> attended = jdbc.sql(
                        "SELECT session_id FROM training_attendance WHERE enrolment_id = :e AND present ORDER BY session_id")
                .param("e", e.id())
                .query(Long.class)
                .list();
        return new Enrolment(
                e.id(),
                e.courseId(),
                e.traineeId(),
                e.traineeName(),
                e.organisation(),
                e.country(),
                e.province(),
                e.score(),
                e.completedOn(),
                attended,
                e.certificateIssued());
    }
}
