package org.vietlao.linkage.training;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;

/**
 * The yearly figures of training (issue 17). A course belongs to the year it starts in; a trainee is counted once
 * per course they are enrolled in (an enrolment), so one person on two courses counts twice. The completion rate is
 * completed enrolments over enrolments of the year's courses. Outputs are those of the year's courses, with the
 * openings and references they had since they were recorded, to the moment of reading: a reference is another
 * course recording the same target (same kind and id) after it. Aggregates only: no
 * personal data.
 */
@Service
@Transactional(readOnly = true)
class TrainingKpis {

    private final JdbcClient jdbc;
    private final TrainingSettings settings;

    TrainingKpis(JdbcClient jdbc, TrainingSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /**
     * The figures of one year.
     *
     * @param completionRate completed / enrolled in per cent with one decimal; {@code null} when nobody enrolled
     * @param businessViews openings of the year's outputs by enterprises and associations
     * @param regulatorViews openings by ministries, border authorities, provincial departments and competent bodies
     * @param usedAtOnce the year's outputs opened by a business and by a regulator within {@code usedAtOnceDays}
     *     days of being recorded (decision 0088)
     */
    record Year(
            int year,
            long courses,
            long enrolments,
            long completed,
            BigDecimal completionRate,
            Map<String, Long> byCountry,
            Map<String, Long> byProvince,
            Map<String, Long> byAudience,
            Map<String, Long> byTopic,
            Map<String, Long> outputsByKind,
            long outputs,
            long outputViews,
            long outputReferences,
            long businessViews,
            long regulatorViews,
            long usedAtOnce,
            int usedAtOnceDays) {}

    Year of(int year) {
        if (year < 2000 || year > 2100) {
            throw BusinessException.onField(ErrorCode.TRN_015, "year");
        }
        String enrolments = """
				FROM training_enrolment e JOIN training_trainee t ON t.id = e.trainee_id
				JOIN training_course c ON c.id = e.course_id WHERE EXTRACT(YEAR FROM c.starts_on) = :y""";
        long courses = jdbc.sql("SELECT count(*) FROM training_course WHERE EXTRACT(YEAR FROM starts_on) = :y")
                .param("y", year)
                .query(Long.class)
                .single();
        long enrolled = jdbc.sql("SELECT count(*) " + enrolments)
                .param("y", year)
                .query(Long.class)
                .single();
        long completed = jdbc.sql("SELECT count(*) " + enrolments + " AND e.completed_on IS NOT NULL")
                .param("y", year)
                .query(Long.class)
                .single();
        BigDecimal rate = enrolled == 0
                ? null
                : BigDecimal.valueOf(completed * 100).divide(BigDecimal.valueOf(enrolled), 1, RoundingMode.HALF_UP);
        long outputs = jdbc.sql("""
				SELECT count(*) FROM training_output o JOIN training_course c ON c.id = o.course_id
				WHERE EXTRACT(YEAR FROM c.starts_on) = :y""").param("y", year).query(Long.class).single();
        long views = jdbc.sql("""
				SELECT count(*) FROM training_output_view v JOIN training_output o ON o.id = v.output_id
				JOIN training_course c ON c.id = o.course_id WHERE EXTRACT(YEAR FROM c.starts_on) = :y""").param("y", year).query(Long.class).single();
        long references = jdbc.sql("""
				SELECT count(DISTINCT (o.id, x.course_id)) FROM training_output o JOIN training_course c ON c.id = o.course_id
				JOIN training_output x ON x.kind = o.kind AND x.ref_id = o.ref_id AND x.course_id <> o.course_id
				  AND x.recorded_at > o.recorded_at
				WHERE EXTRACT(YEAR FROM c.starts_on) = :y""").param("y", year).query(Long.class).single();
        java.util.List<Outputs.Output> produced = jdbc.sql(Outputs.SELECT
                        + " JOIN training_course c ON c.id = o.course_id WHERE EXTRACT(YEAR FROM c.starts_on) = :y")
                .param("y", year)
                .query((rs, n) -> Outputs.row(rs))
                .list();
        int atOnce = settings.usedAtOnceDays();
        return new Year(
                year,
                courses,
                enrolled,
                completed,
                rate,
                grouped("t.country", enrolments, year),
                grouped("t.province_code", enrolments, year),
                grouped("c.audience", enrolments, year),
                grouped("c.topic", enrolments, year),
                grouped("o.kind", """
						FROM training_output o JOIN training_course c ON c.id = o.course_id
						WHERE EXTRACT(YEAR FROM c.starts_on) = :y""", year),
                outputs,
                views,
                references,
                produced.stream().mapToLong(Outputs.Output::businessViews).sum(),
                produced.stream().mapToLong(Outputs.Output::regulatorViews).sum(),
                produced.stream()
                        .filter(o -> o.daysToBothUses() != null && o.daysToBothUses() <= atOnce)
                        .count(),
                atOnce);
    }

    private Map<String, Long> grouped(String column, String from, int year) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT " + column + " AS k, count(*) AS n " + from + " GROUP BY " + column + " ORDER BY n DESC, k")
                .param("y", year)
                .query(rs -> {
                    counts.put(rs.getString("k"), rs.getLong("n"));
                });
        return counts;
    }
}
