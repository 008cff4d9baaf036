package org.vietlao.linkage.trade;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.FontSelector;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.vietlao.linkage.shared.PdfFonts;
import org.vietlao.linkage.shared.Spreadsheet;

/**
 * The yearly monitoring report for the border-trade conference (decision 0038), as PDF and as XLSX, in the
 * reader's language: the turnover series up to the year with the figure followed and its source, every figure
 * published for the year with its source, progress to each target with the figure it is measured from, and where
 * the sources disagree. The PDF embeds Noto Sans and Noto Sans Lao (src/main/resources/fonts, OFL), chosen per
 * character, so Vietnamese and Lao text print on any reader.
 */
@Component
class TradeReport {

    /** How many years of the series the report shows, up to the report's year. */
    static final int SERIES_YEARS = 10;

    private final TradeMonitor monitor;
    private final TradeFigures figures;
    private final TradeSheets sheets;
    private final MessageSource messages;
    private final Clock clock;

    TradeReport(TradeMonitor monitor, TradeFigures figures, TradeSheets sheets, MessageSource messages, Clock clock) {
        this.monitor = monitor;
        this.figures = figures;
        this.sheets = sheets;
        this.messages = messages;
        this.clock = clock;
    }

    /** What a report holds: read once, written as PDF or XLSX. */
    record Content(
            int year,
            List<TradeMonitor.YearRow> series,
            List<TradeFigure> yearFigures,
            List<TradeMonitor.Progress> progress,
            List<Reconciliation.Contradiction> contradictions) {}

    /** The newest year with a two-way total, the report's default year; empty when nothing is recorded. */
    java.util.Optional<Integer> newestYear() {
        List<TradeMonitor.YearRow> years = monitor.turnover(Period.MIN_YEAR, Period.MAX_YEAR);
        for (int i = years.size() - 1; i >= 0; i--) {
            if (years.get(i).total() != null) {
                return java.util.Optional.of(years.get(i).year());
            }
        }
        return java.util.Optional.empty();
    }

    Content content(int year) {
        List<TradeMonitor.YearRow> series = monitor.turnover(Math.max(Period.MIN_YEAR, year - SERIES_YEARS + 1), year);
        List<Reconciliation.Contradiction> contradictions = series.stream()
                .filter(r -> r.year() == year)
                .flatMap(r -> r.contradictions().stream())
                .toList();
        return new Content(
                year, series, figures.find(TradeFigures.Filter.years(year, year)), monitor.progress(), contradictions);
    }

    // ---- XLSX -----------------------------------------------------------------------------------------------

    byte[] xlsx(Content content, Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            var font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);

            Sheet about =
                    workbook.createSheet(WorkbookUtil.createSafeSheetName(text("trade.report.sheet.about", locale)));
            int r = 0;
            cell(about.createRow(r++), 0, text("trade.report.title", locale, content.year()), bold);
            cell(
                    about.createRow(r++),
                    0,
                    text("trade.report.prepared", locale, LocalDate.now(clock).toString()),
                    null);
            cell(about.createRow(r++), 0, text("trade.report.everySource", locale), null);
            r++;
            cell(about.createRow(r++), 0, text("trade.report.contradictions", locale, content.year()), bold);
            if (content.contradictions().isEmpty()) {
                cell(about.createRow(r++), 0, text("trade.report.none", locale), null);
            }
            for (Reconciliation.Contradiction c : content.contradictions()) {
                Row row = about.createRow(r++);
                cell(row, 0, String.join(", ", c.periods()), null);
                cell(row, 1, text("trade.contradiction." + c.kind().name(), locale), null);
            }
            about.setColumnWidth(0, 60 * 256);

            sheet(workbook, bold, sheets.turnover(content.series(), locale));
            Spreadsheet yearSheet = sheets.figures(content.yearFigures(), locale);
            sheet(
                    workbook,
                    bold,
                    new Spreadsheet(
                            text("trade.report.sheet.yearFigures", locale, content.year()),
                            yearSheet.headers(),
                            yearSheet.rows()));
            sheet(workbook, bold, sheets.targets(content.progress(), locale));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static void sheet(XSSFWorkbook workbook, CellStyle bold, Spreadsheet table) {
        String name = WorkbookUtil.createSafeSheetName(table.sheetName());
        if (workbook.getSheet(name) != null) {
            name = WorkbookUtil.createSafeSheetName(name + " " + (workbook.getNumberOfSheets() + 1));
        }
        Sheet sheet = workbook.createSheet(name);
        Row header = sheet.createRow(0);
        for (int i = 0; i < table.headers().size(); i++) {
            cell(header, i, table.headers().get(i), bold);
        }
        int r = 1;
        for (List<Object> values : table.rows()) {
            Row row = sheet.createRow(r++);
            for (int i = 0; i < values.size(); i++) {
                Object v = values.get(i);
                if (v == null) {
                    continue;
                }
                Cell cell = row.createCell(i);
                if (v instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else {
                    cell.setCellValue(String.valueOf(v));
                }
            }
        }
        sheet.createFreezePane(0, 1);
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    // ---- PDF ------------------------------------------------------------------------------------------------

    byte[] pdf(Content content, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.open();
        document.addTitle(text("trade.report.title", locale, content.year()));
        Fonts fonts = new Fonts();
        NumberFormat millions = NumberFormat.getNumberInstance(locale);
        millions.setMinimumFractionDigits(1);
        millions.setMaximumFractionDigits(1);
        NumberFormat pct = NumberFormat.getNumberInstance(locale);
        pct.setMinimumFractionDigits(1);
        pct.setMaximumFractionDigits(1);

        document.add(new Paragraph(fonts.title(text("trade.report.title", locale, content.year()))));
        document.add(new Paragraph(fonts.body(
                text("trade.report.prepared", locale, LocalDate.now(clock).toString()))));
        document.add(new Paragraph(fonts.body(text("trade.report.everySource", locale))));

        // The series: each flow's figure followed, with its source and why it was chosen.
        document.add(
                heading(fonts, text("trade.turnover.heading", locale) + " (" + text("trade.chart.axis", locale) + ")"));
        PdfPTable series = table(
                fonts,
                new float[] {1, 2.2f, 1.5f, 1.5f, 1.6f, 5, 3.5f},
                text("trade.column.year", locale),
                text("trade.column.flow", locale),
                text("trade.chart.axis", locale),
                text("trade.column.growthPct", locale),
                text("trade.column.spreadPct", locale),
                text("trade.report.source", locale),
                text("trade.column.why", locale));
        for (TradeMonitor.YearRow row : content.series()) {
            for (Flow flow : Flow.values()) {
                row.flow(flow).ifPresent(r -> {
                    TradeFigure f = r.preferred();
                    cells(
                            series,
                            fonts,
                            String.valueOf(row.year()),
                            text("trade.flow." + flow.name(), locale),
                            millions.format(f.millions()),
                            flow == Flow.TOTAL && row.growthPct() != null ? pct.format(row.growthPct()) : "",
                            r.spreadPct() == null ? "" : pct.format(r.spreadPct()),
                            source(f, locale),
                            text("trade.rule." + r.decidedBy().name(), locale));
                });
            }
        }
        document.add(series);

        // Every figure of the year, each with its own source.
        document.add(heading(fonts, text("trade.report.yearFigures", locale, content.year())));
        PdfPTable all = table(
                fonts,
                new float[] {1.3f, 2.2f, 1.2f, 1.5f, 1.6f, 7},
                text("trade.column.period", locale),
                text("trade.column.flow", locale),
                text("trade.column.product", locale),
                text("trade.chart.axis", locale),
                text("trade.column.status", locale),
                text("trade.report.source", locale));
        for (TradeFigure f : content.yearFigures()) {
            cells(
                    all,
                    fonts,
                    f.period().label(),
                    text("trade.flow." + f.flow().name(), locale),
                    f.product(),
                    millions.format(f.millions()),
                    text("trade.status." + f.status().name(), locale),
                    source(f, locale));
        }
        if (content.yearFigures().isEmpty()) {
            all.addCell(span(fonts, text("trade.report.none", locale), 6));
        }
        document.add(all);

        // Progress to each target, measured from a figure with its source.
        document.add(heading(fonts, text("trade.targets.heading", locale)));
        PdfPTable targets = table(
                fonts,
                new float[] {4, 1.4f, 1.4f, 1.6f, 1.3f, 1.3f, 1.3f, 4.5f},
                text("trade.column.target", locale),
                text("trade.column.state", locale),
                text("trade.column.progressPct", locale),
                text("trade.column.requiredGrowthPct", locale),
                text("trade.column.reachedAtTrend", locale),
                text("trade.column.reachedAt10", locale),
                text("trade.column.reachedAt15", locale),
                text("trade.targets.base", locale));
        for (TradeMonitor.Progress p : content.progress()) {
            TradeTarget t = p.target();
            cells(
                    targets,
                    fonts,
                    t.title().in(locale).text() + " — " + t.decidedBy() + ", " + t.decidedOn() + " (" + t.publisher()
                            + ", " + t.url() + ")",
                    text("trade.status." + p.status().name(), locale),
                    p.progressPct() == null ? "" : pct.format(p.progressPct()),
                    p.requiredGrowthPct() == null ? "" : pct.format(p.requiredGrowthPct()),
                    p.reachedAtTrend() == null ? "" : String.valueOf(p.reachedAtTrend()),
                    p.reachedAt10() == null ? "" : String.valueOf(p.reachedAt10()),
                    p.reachedAt15() == null ? "" : String.valueOf(p.reachedAt15()),
                    p.base() == null
                            ? ""
                            : p.base().period().label() + ": "
                                    + millions.format(p.base().millions()) + " — " + source(p.base(), locale));
        }
        document.add(targets);
        document.add(new Paragraph(fonts.small(text("trade.targets.note", locale))));

        document.add(heading(fonts, text("trade.report.contradictions", locale, content.year())));
        if (content.contradictions().isEmpty()) {
            document.add(new Paragraph(fonts.body(text("trade.report.none", locale))));
        }
        for (Reconciliation.Contradiction c : content.contradictions()) {
            document.add(new Paragraph(fonts.body(String.join(", ", c.periods()) + " — "
                    + text("trade.contradiction." + c.kind().name(), locale))));
        }
        document.close();
        return out.toByteArray();
    }

    /** A figure's source as one line: publisher, date, whose statistics, and the address. */
    private String source(TradeFigure f, Locale locale) {
        TradeFigure.Source s = f.source();
        StringBuilder line = new StringBuilder();
        line.append(s.publisher());
        if (s.agency() != null && !s.agency().equals(s.publisher())) {
            line.append(" (").append(s.agency()).append(')');
        }
        if (s.published() != null) {
            line.append(", ").append(s.published());
        }
        line.append(" — ").append(text("trade.side." + f.side().name(), locale));
        if (s.url() != null) {
            line.append(" — ").append(s.url());
        }
        return line.toString();
    }

    private static Paragraph heading(Fonts fonts, String text) {
        Paragraph paragraph = new Paragraph(fonts.heading(text));
        paragraph.setSpacingBefore(12);
        paragraph.setSpacingAfter(6);
        return paragraph;
    }

    private static PdfPTable table(Fonts fonts, float[] widths, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String header : headers) {
            PdfPCell cell = new PdfPCell(fonts.bold(header));
            cell.setHorizontalAlignment(Element.ALIGN_LEFT);
            table.addCell(cell);
        }
        return table;
    }

    private static PdfPCell span(Fonts fonts, String text, int columns) {
        PdfPCell cell = new PdfPCell(fonts.body(text));
        cell.setColspan(columns);
        return cell;
    }

    private static void cells(PdfPTable table, Fonts fonts, String... values) {
        for (String value : values) {
            table.addCell(new PdfPCell(fonts.body(value)));
        }
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** Font selectors that take each character from Noto Sans, or from Noto Sans Lao for Lao script. */
    private final class Fonts {

        private final FontSelector body = PdfFonts.get().regular(8.5f);
        private final FontSelector small = PdfFonts.get().regular(7.5f);
        private final FontSelector bold = PdfFonts.get().bold(8.5f);
        private final FontSelector heading = PdfFonts.get().bold(12f);
        private final FontSelector title = PdfFonts.get().bold(16f);

        Phrase body(String text) {
            return body.process(text == null ? "" : text);
        }

        Phrase small(String text) {
            return small.process(text == null ? "" : text);
        }

        Phrase bold(String text) {
            return bold.process(text == null ? "" : text);
        }

        Phrase heading(String text) {
            return heading.process(text);
        }

        Phrase title(String text) {
            return title.process(text);
        }
    }
}
