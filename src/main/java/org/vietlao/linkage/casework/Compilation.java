package org.vietlao.linkage.casework;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.vietlao.linkage.shared.Spreadsheet;

/**
 * The ministries' yearly compilation for the border-trade conference: every case submitted in the year with its
 * status and the working days it took against its deadlines, counted by topic, country, province, gate and month,
 * the on-time rate per body, and the proposals escalated for a government decision. Built from the cases'
 * stored values only: the members behind an association's case are not in it (decision 0048).
 */
@Service
class Compilation {

    private final CaseStore store;
    private final CaseQueries queries;
    private final WorkingDays workingDays;
    private final MessageSource messages;
    private final Clock clock;

    Compilation(CaseStore store, CaseQueries queries, WorkingDays workingDays, MessageSource messages, Clock clock) {
        this.store = store;
        this.queries = queries;
        this.workingDays = workingDays;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * One case in the compilation.
     *
     * @param workingDaysTaken working days from submission to closing (or today), in the filer's country
     * @param workingDaysAllowed the sum of the deadlines of the steps it went through, in working days
     */
    record Line(
            String reference,
            String kind,
            Topic topic,
            String country,
            String provinceCode,
            String gatePairId,
            CaseStatus status,
            String filerKind,
            String bodyId,
            LocalDate submittedOn,
            LocalDate closedOn,
            int workingDaysTaken,
            int workingDaysAllowed,
            long stepsDue,
            long stepsOnTime,
            TrafficLight light,
            boolean escalated,
            boolean needsGovernment,
            String title,
            boolean demo) {}

    record Report(
            int year,
            int cases,
            Map<String, Long> byTopic,
            Map<String, Long> byCountry,
            Map<String, Long> byProvince,
            Map<String, Long> byGate,
            Map<String, Long> byMonth,
            Map<String, Long> byStatus,
            List<CaseQueries.BodyScore> onTimeByBody,
            List<Line> needingGovernment,
            List<Line> lines,
            String source) {}

    Report of(int year) {
        LocalDate today = Cases.today(clock);
        List<Line> lines = new ArrayList<>();
        for (Case c : store.query("EXTRACT(YEAR FROM submitted_on) = :y", Map.of("y", year))) {
            List<CaseStore.StepRow> steps = store.steps(c.id());
            LocalDate end = c.closedOn() == null ? today : c.closedOn();
            int taken = Math.max(0, workingDays.between(c.homeCountry(), c.submittedOn(), end));
            int allowed = steps.stream()
                    .mapToInt(s -> workingDays.between(s.country(), s.startedOn(), s.deadline()))
                    .sum();
            long due = steps.stream().filter(s -> s.isDue(today)).count();
            long onTime = steps.stream().filter(CaseStore.StepRow::onTime).count();
            lines.add(new Line(
                    c.reference(),
                    c.kind(),
                    c.topic(),
                    c.country(),
                    c.provinceCode(),
                    c.gatePairId(),
                    c.status(),
                    c.filerKind(),
                    c.bodyId(),
                    c.submittedOn(),
                    c.closedOn(),
                    taken,
                    allowed,
                    due,
                    onTime,
                    TrafficLight.of(onTime, due),
                    c.escalated(),
                    c.needsGovernment(),
                    c.title(),
                    c.demo()));
        }
        lines.sort(java.util.Comparator.comparing(Line::submittedOn).thenComparing(Line::reference));
        return new Report(
                year,
                lines.size(),
                count(lines, l -> l.topic().name()),
                count(lines, Line::country),
                count(lines, l -> l.provinceCode() == null ? "-" : l.provinceCode()),
                count(lines, l -> l.gatePairId() == null ? "-" : l.gatePairId()),
                count(lines, l -> YearMonth.from(l.submittedOn()).toString()),
                count(lines, l -> l.status().name()),
                queries.scoreboard(),
                lines.stream().filter(Line::needsGovernment).toList(),
                lines,
                "casework cases of the platform, " + today);
    }

    private static Map<String, Long> count(List<Line> lines, Function<Line, String> key) {
        Map<String, Long> counts = new TreeMap<>();
        lines.forEach(l -> counts.merge(key.apply(l), 1L, Long::sum));
        return counts;
    }

    /** The cases of the year as one sheet, headings and values in the reader's language. */
    Spreadsheet sheet(int year, Locale locale) {
        Report report = of(year);
        List<String> headers = new ArrayList<>();
        for (String column : List.of(
                "reference",
                "topic",
                "country",
                "province",
                "gate",
                "status",
                "filer",
                "body",
                "submitted",
                "closed",
                "taken",
                "allowed",
                "light",
                "escalated",
                "government",
                "title")) {
            headers.add(messages.getMessage("casework.sheet." + column, null, locale));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (Line l : report.lines()) {
            List<Object> row = new ArrayList<>();
            row.add(l.reference() + (l.demo() ? " (demo)" : ""));
            row.add(messages.getMessage("casework.topic." + l.topic(), null, locale));
            row.add(l.country());
            row.add(l.provinceCode() == null ? "" : l.provinceCode());
            row.add(l.gatePairId() == null ? "" : l.gatePairId());
            row.add(messages.getMessage("casework.status." + l.status(), null, locale));
            row.add(messages.getMessage("casework.filer." + l.filerKind(), null, locale));
            row.add(l.bodyId() == null ? "" : l.bodyId());
            row.add(l.submittedOn().toString());
            row.add(l.closedOn() == null ? "" : l.closedOn().toString());
            row.add(l.workingDaysTaken());
            row.add(l.workingDaysAllowed());
            row.add(messages.getMessage("casework.light." + l.light(), null, locale));
            row.add(l.escalated() ? "✓" : "");
            row.add(l.needsGovernment() ? "✓" : "");
            row.add(l.title());
            rows.add(row);
        }
        return new Spreadsheet(messages.getMessage("casework.sheet.name", new Object[] {year}, locale), headers, rows);
    }

    static BigDecimal share(long part, long whole) {
        return whole == 0
                ? null
                : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_EVEN);
    }
}
