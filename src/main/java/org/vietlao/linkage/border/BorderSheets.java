package org.vietlao.linkage.border;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.vietlao.linkage.shared.Spreadsheet;

/** The border exports (CSV or XLSX), with headings in the reader's language and times in UTC+7. */
@Component
class BorderSheets {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final MessageSource messages;

    BorderSheets(MessageSource messages) {
        this.messages = messages;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private List<String> headings(Locale locale, String... keys) {
        List<String> headings = new ArrayList<>();
        for (String key : keys) {
            headings.add(text(key, locale));
        }
        return headings;
    }

    Spreadsheet queue(List<DeclarationViews.QueueLine> lines, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        for (DeclarationViews.QueueLine line : lines) {
            rows.add(List.of(
                    line.id(),
                    line.gatePairId(),
                    text("border.direction." + line.direction(), locale),
                    line.plate(),
                    text("border.status." + line.status(), locale),
                    line.channel() == null ? "" : text("border.channel." + line.channel(), locale),
                    TIME.format(line.lodgedAt().atZone(BorderParameters.BORDER_ZONE)),
                    line.demo() ? text("border.demo", locale) : ""));
        }
        return new Spreadsheet(
                text("border.export.declarations.sheet", locale),
                headings(
                        locale,
                        "border.label.id",
                        "border.label.gate",
                        "border.label.direction",
                        "border.label.plate",
                        "border.label.status",
                        "border.label.channel",
                        "border.label.lodgedAt",
                        "border.label.demo"),
                rows);
    }

    Spreadsheet kpis(TimeReleaseFigures.Report report, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        add(rows, text("border.kpi.overall", locale), report.overall(), locale);
        for (Map.Entry<String, TimeRelease.Figures> side : report.bySide().entrySet()) {
            add(rows, text("border.kpi.side." + side.getKey(), locale), side.getValue(), locale);
        }
        for (Map.Entry<String, TimeRelease.Figures> channel : report.byChannel().entrySet()) {
            add(rows, text("border.channel." + channel.getKey(), locale), channel.getValue(), locale);
        }
        for (Map.Entry<String, TimeRelease.Figures> day : report.byDay().entrySet()) {
            add(rows, day.getKey(), day.getValue(), locale);
        }
        rows.add(List.of(text("border.kpi.source", locale), text("border.kpi.sourceText", locale)));
        return new Spreadsheet(
                text("border.export.kpis.sheet", locale),
                headings(
                        locale,
                        "border.kpi.group",
                        "border.kpi.measure",
                        "border.kpi.n",
                        "border.kpi.mean",
                        "border.kpi.median",
                        "border.kpi.p90",
                        "border.kpi.visits",
                        "border.kpi.completionRate"),
                rows);
    }

    private void add(List<List<Object>> rows, String group, TimeRelease.Figures figures, Locale locale) {
        Map<String, TimeRelease.Stat> measures = new java.util.LinkedHashMap<>();
        measures.put("queue", figures.queue());
        measures.put("processing", figures.processing());
        measures.put("inspection", figures.inspection());
        measures.put("release", figures.release());
        measures.put("dwell", figures.dwell());
        measures.forEach((name, stat) -> rows.add(java.util.Arrays.asList(
                group,
                text("border.kpi.measure." + name, locale),
                stat.n(),
                stat.meanMinutes(),
                stat.medianMinutes(),
                stat.p90Minutes(),
                figures.visits(),
                figures.completionRate())));
    }
}
