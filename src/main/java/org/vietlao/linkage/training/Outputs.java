package org.vietlao.linkage.training;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vietlao.linkage.matching.MatchingDirectory;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.EntityChanged;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.Role;
import org.vietlao.linkage.zone.ParkComparisons;

/**
 * The concrete products of a course as typed references (kind, id, title, link) to what they are on the platform
 * (decision 0064). A linkage chain is checked through matching's public {@link MatchingDirectory}, a park comparison
 * (its id is "left-right", the two parks' ids) through zone's {@link ParkComparisons} (decision 0087); the other
 * kinds have no public read service to ask, so their id and link are checked for form only. Each opening of an
 * output through the platform is logged with who opened it, when, and as which kind of reader (business,
 * regulator, organiser, other; decision 0088); "referenced" counts the other courses that recorded the same target
 * (same kind and id) after it.
 */
@Service
@Transactional
class Outputs {

    static final String ENTITY = "training_output";

    enum Kind {
        DATASET,
        LINKAGE_CHAIN,
        PILOT_EVALUATION,
        PARK_COMPARISON,
        REPORT;

        static boolean known(String name) {
            return name != null
                    && java.util.Arrays.stream(values()).anyMatch(k -> k.name().equals(name));
        }
    }

    private final JdbcClient jdbc;
    private final Courses courses;
    private final MatchingDirectory matching;
    private final ParkComparisons parks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Outputs(
            JdbcClient jdbc,
            Courses courses,
            MatchingDirectory matching,
            ParkComparisons parks,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.courses = courses;
        this.matching = matching;
        this.parks = parks;
        this.events = events;
        this.clock = clock;
    }

    record NewOutput(
            @Schema(example = "LINKAGE_CHAIN") @Size(max = 20)
            String kind,

            @Schema(
                    description = "The id of the record on the platform (a chain's, an evaluation's; for a park "
                            + "comparison the two parks' ids as left-right, e.g. 4-7)",
                    example = "3")
            @Size(max = 100)
            String refId,

            @Schema(example = "Cassava starch chain Savannakhet – Quảng Trị") @Size(max = 300)
            String title,

            @Schema(
                    description = "A path of the platform or an https address; set for a chain or an evaluation",
                    example = "/reports/zone-incentives-2026.pdf")
            @Size(max = 500)
            String url) {}

    /**
     * An output with its use since it was recorded.
     *
     * @param views how many times it was opened through the platform
     * @param references how many other courses recorded the same target after this output
     * @param businessViews openings by enterprises and associations
     * @param regulatorViews openings by ministries, border authorities, provincial departments and competent bodies
     * @param daysToBothUses whole days from recording until it had been opened by a business and by a regulator;
     *     {@code null} while one of them has not opened it
     */
    record Output(
            long id,
            long courseId,
            String kind,
            String refId,
            String title,
            String url,
            Instant recordedAt,
            long views,
            long references,
            long businessViews,
            long regulatorViews,
            Long daysToBothUses) {}

    /** One opening of an output: who opened what, when, as which kind of reader (organisers only). */
    record Opening(long outputId, String outputTitle, String viewedBy, String reader, Instant viewedAt) {

        /** When, to the minute in UTC (as the page shows it, whatever the server's zone). */
        public String viewedAtUtc() {
            return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
                    .withZone(java.time.ZoneOffset.UTC)
                    .format(viewedAt);
        }
    }

    Output record(long courseId, NewOutput body, Actor actor) {
        Courses.Course course = courses.require(courseId);
        Courses.requireOpen(course);
        List<BusinessException.FieldError> errors = new ArrayList<>();
        Kind kind = null;
        try {
            kind = body.kind() == null ? null : Kind.valueOf(body.kind());
        } catch (IllegalArgumentException unknown) {
            kind = null;
        }
        if (kind == null) {
            errors.add(Courses.field("kind", "outputKind"));
        }
        String refId = Courses.trimmed(body.refId());
        String title = Courses.trimmed(body.title());
        String url = Courses.trimmed(body.url());
        if (kind == Kind.LINKAGE_CHAIN || kind == Kind.PILOT_EVALUATION) {
            Long id = refId != null && refId.matches("[1-9][0-9]{0,17}") ? Long.valueOf(refId) : null;
            if (id == null) {
                errors.add(Courses.field("refId", "refId"));
            } else if (kind == Kind.LINKAGE_CHAIN) {
                Optional<MatchingDirectory.ChainSummary> chain = matching.chain(id);
                if (chain.isEmpty()) {
                    errors.add(Courses.field("refId", "noSuchChain"));
                } else if (title == null) {
                    title = chain.get().name();
                }
                url = "/matching/chains/" + id;
            } else {
                url = "/pilot/evaluations/" + id;
            }
        } else if (kind == Kind.PARK_COMPARISON) {
            java.util.regex.Matcher pair = refId == null
                    ? null
                    : java.util.regex.Pattern.compile("([1-9][0-9]{0,17})-([1-9][0-9]{0,17})")
                            .matcher(refId);
            if (pair == null || !pair.matches()) {
                errors.add(Courses.field("refId", "comparisonRef"));
            } else {
                Optional<ParkComparisons.Reference> comparison =
                        parks.comparison(Long.parseLong(pair.group(1)), Long.parseLong(pair.group(2)));
                if (comparison.isEmpty()) {
                    errors.add(Courses.field("refId", "noSuchComparison"));
                } else {
                    if (title == null) {
                        title = comparison.get().title().en();
                    }
                    url = comparison.get().href();
                }
            }
        }
        if (title == null) {
            errors.add(Courses.field("title", "required"));
        }
        if (url == null || !link(url)) {
            errors.add(Courses.field("url", "url"));
        }
        if (!errors.isEmpty()) {
            throw new BusinessException(ErrorCode.TRN_010, errors);
        }
        if (title.length() > 300) {
            title = title.substring(0, 299) + "…";
        }
        long id = jdbc.sql("""
				INSERT INTO training_output (course_id, kind, ref_id, title, url, recorded_by, recorded_at)
				VALUES (:c, :kind, :ref, :title, :url, :by, :at) RETURNING id""")
                .param("c", courseId)
                .param("kind", kind.name())
                .param("ref", refId)
                .param("title", title)
                .param("url", url)
                .param("by", actor.username())
                .param("at", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("courseId", courseId);
        values.put("kind", kind.name());
        values.put("refId", refId);
        values.put("title", title);
        values.put("url", url);
        events.publishEvent(EntityChanged.created(ENTITY, id, values));
        return ofCourse(courseId).stream().filter(o -> o.id() == id).findFirst().orElseThrow();
    }

    /** A path of the platform ("/…", not "//…") or an http(s) address, without spaces or control characters. */
    static boolean link(String url) {
        if (url.length() > 500 || !url.matches("[\\x21-\\x7E]+")) {
            return false;
        }
        return (url.startsWith("/") && !url.startsWith("//")) || url.matches("https?://[A-Za-z0-9.-]+(:[0-9]+)?(/.*)?");
    }

    /** The kind of reader an account is, for the use of outputs: organisers first, then regulators, then business. */
    static String reader(Actor actor) {
        if (TrainingAccess.organiser(actor)) {
            return "ORGANISER";
        }
        if (actor.has(Role.MINISTRY)
                || actor.has(Role.BORDER_OFFICER)
                || actor.has(Role.PROVINCE_DOIT)
                || actor.has(Role.CASE_BODY)) {
            return "REGULATOR";
        }
        if (actor.has(Role.ENTERPRISE) || actor.has(Role.ASSOCIATION)) {
            return "BUSINESS";
        }
        return "OTHER";
    }

    /** Logs one opening (who, when, as which reader) and answers where the output is. */
    String open(long outputId, Actor actor) {
        String url = jdbc.sql("SELECT url FROM training_output WHERE id = :id")
                .param("id", outputId)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new BusinessException(ErrorCode.PLT_005));
        jdbc.sql("""
				INSERT INTO training_output_view (output_id, viewed_by, viewed_at, reader)
				VALUES (:o, :by, :at, :reader)""")
                .param("o", outputId)
                .param("reader", reader(actor))
                .param("by", actor.username())
                .param("at", Timestamp.from(clock.instant()))
                .update();
        return url;
    }

    @Transactional(readOnly = true)
    List<Output> ofCourse(long courseId) {
        return jdbc.sql(SELECT + " WHERE o.course_id = :c ORDER BY o.recorded_at, o.id")
                .param("c", courseId)
                .query((rs, n) -> row(rs))
                .list();
    }

    static final String SELECT = """
			SELECT o.id, o.course_id, o.kind, o.ref_id, o.title, o.url, o.recorded_at,
			  (SELECT count(*) FROM training_output_view v WHERE v.output_id = o.id) AS views,
			  (SELECT count(*) FROM training_output_view v WHERE v.output_id = o.id AND v.reader = 'BUSINESS')
			    AS business_views,
			  (SELECT count(*) FROM training_output_view v WHERE v.output_id = o.id AND v.reader = 'REGULATOR')
			    AS regulator_views,
			  (SELECT CASE WHEN bool_or(v.reader = 'BUSINESS') AND bool_or(v.reader = 'REGULATOR')
			     THEN GREATEST(min(v.viewed_at) FILTER (WHERE v.reader = 'BUSINESS'),
			                   min(v.viewed_at) FILTER (WHERE v.reader = 'REGULATOR')) END
			   FROM training_output_view v WHERE v.output_id = o.id) AS both_used_at,
			  (SELECT count(DISTINCT x.course_id) FROM training_output x
			     WHERE x.kind = o.kind AND x.ref_id = o.ref_id AND x.course_id <> o.course_id
			       AND x.recorded_at > o.recorded_at) AS refs
			FROM training_output o""";

    static Output row(java.sql.ResultSet rs) throws java.sql.SQLException {
        Instant recorded = rs.getTimestamp("recorded_at").toInstant();
        Timestamp both = rs.getTimestamp("both_used_at");
        return new Output(
                rs.getLong("id"),
                rs.getLong("course_id"),
                rs.getString("kind"),
                rs.getString("ref_id"),
                rs.getString("title"),
                rs.getString("url"),
                recorded,
                rs.getLong("views"),
                rs.getLong("refs"),
                rs.getLong("business_views"),
                rs.getLong("regulator_views"),
                both == null
                        ? null
                        : java.time.Duration.between(recorded, both.toInstant()).toDays());
    }

    /** The latest openings of a course's outputs, newest first: for organisers (the caller checks). */
    @Transactional(readOnly = true)
    List<Opening> openings(long courseId, int limit) {
        return jdbc.sql("""
				SELECT v.output_id, o.title, v.viewed_by, v.reader, v.viewed_at
				FROM training_output_view v JOIN training_output o ON o.id = v.output_id
				WHERE o.course_id = :c ORDER BY v.viewed_at DESC, v.id DESC LIMIT :n""")
                .param("c", courseId)
                .param("n", limit)
                .query((rs, n) -> new Opening(
                        rs.getLong("output_id"),
                        rs.getString("title"),
                        rs.getString("viewed_by"),
                        rs.getString("reader"),
                        rs.getTimestamp("viewed_at").toInstant()))
                .list();
    }
}
