package org.vietlao.linkage.pilot;

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
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.vietlao.linkage.shared.PdfFonts;

/**
 * The frozen result as an Excel workbook and as a PDF report, labelled in the reader's language. The PDF
 * embeds Noto Sans (Latin and Vietnamese) and Noto Sans Lao, choosing per character, so that all three
 * languages render on any reader.
 */
@Component
class ResultExports {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final MessageSource messages;
    private final ResultLabels labels;
    private final ResultReading reading;

    ResultExports(MessageSource messages, ResultLabels labels, ResultReading reading) {
        this.messages = messages;
        this.labels = labels;
        this.reading = reading;
    }

    byte[] xlsx(FrozenResult result, Locale locale) {
        ResultReading.Reading read = reading.of(result, locale);
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = workbook.createCellStyle();
            var bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);

            Sheet ranking = workbook.createSheet(text("pilot.sheet.ranking", locale));
            row(
                    ranking,
                    0,
                    header,
                    text("pilot.result.topsisRank", locale),
                    text("pilot.result.candidate", locale),
                    text("pilot.result.sector", locale),
                    text("pilot.result.closeness", locale),
                    text("pilot.result.ahpRank", locale),
                    text("pilot.result.ahpPriority", locale));
            int r = 1;
            for (int index : result.topsisRanking()) {
                FrozenResult.CandidateResult c = result.candidates().get(index);
                Row row = ranking.createRow(r++);
                row.createCell(0).setCellValue(c.topsisRank());
                row.createCell(1).setCellValue(c.name().in(locale));
                row.createCell(2).setCellValue(text("pilot.sector." + c.sector(), locale));
                row.createCell(3).setCellValue(c.topsisCloseness());
                row.createCell(4).setCellValue(c.ahpRank());
                row.createCell(5).setCellValue(c.ahpPriority());
            }
            r++;
            row(
                    ranking,
                    r++,
                    header,
                    text("pilot.result.title", locale),
                    result.title().in(locale));
            row(ranking, r++, null, text("pilot.result.method", locale), result.method());
            row(ranking, r++, null, text("pilot.result.riTable", locale), text("pilot.ri." + result.riTable(), locale));
            row(ranking, r++, null, text("pilot.result.closedBy", locale), read.closedBy());
            row(ranking, r++, null, text("pilot.result.closedAt", locale), read.closedAt());
            row(ranking, r++, null, text("pilot.result.reading", locale), read.ranking());
            row(ranking, r, null, "", read.stability());

            Sheet weights = workbook.createSheet(text("pilot.sheet.weights", locale));
            row(
                    weights,
                    0,
                    header,
                    text("pilot.result.criterion", locale),
                    text("pilot.result.weight", locale),
                    text("pilot.result.subcriterion", locale),
                    text("pilot.result.localWeight", locale),
                    text("pilot.result.globalWeight", locale));
            r = 1;
            for (FrozenResult.CriterionResult criterion : result.criteria()) {
                for (FrozenResult.SubResult sub : criterion.subcriteria()) {
                    Row row = weights.createRow(r++);
                    row.createCell(0).setCellValue(criterion.name().in(locale));
                    row.createCell(1).setCellValue(criterion.weight());
                    row.createCell(2).setCellValue(sub.name().in(locale));
                    row.createCell(3).setCellValue(sub.localWeight());
                    row.createCell(4).setCellValue(sub.globalWeight());
                }
            }

            Sheet consistency = workbook.createSheet(text("pilot.sheet.consistency", locale));
            Row head = consistency.createRow(0);
            cell(head, 0, text("pilot.result.matrix", locale), header);
            cell(head, 1, text("pilot.result.groupCr", locale), header);
            for (int e = 0; e < result.evaluators().size(); e++) {
                cell(head, 2 + e, read.evaluators().get(e), header);
            }
            r = 1;
            for (FrozenResult.MatrixResult matrix : result.matrices()) {
                Row row = consistency.createRow(r++);
                row.createCell(0).setCellValue(labels.matrix(result, matrix, locale));
                if (matrix.groupCr() != null) {
                    row.createCell(1).setCellValue(matrix.groupCr());
                }
                for (int e = 0; e < matrix.individualCr().length; e++) {
                    row.createCell(2 + e).setCellValue(matrix.individualCr()[e]);
                }
            }

            Sheet sensitivity = workbook.createSheet(text("pilot.sheet.sensitivity", locale));
            row(
                    sensitivity,
                    0,
                    header,
                    text("pilot.result.criterion", locale),
                    text("pilot.result.weight", locale),
                    text("pilot.result.lower", locale),
                    text("pilot.result.upper", locale));
            r = 1;
            for (FrozenResult.IntervalResult interval : result.sensitivity()) {
                Row row = sensitivity.createRow(r++);
                row.createCell(0)
                        .setCellValue(result.criteria()
                                .get(interval.criterion())
                                .name()
                                .in(locale));
                row.createCell(1).setCellValue(interval.weight());
                row.createCell(2).setCellValue(interval.lower());
                row.createCell(3).setCellValue(interval.upper());
            }
            for (Sheet sheet : List.of(ranking, weights, consistency, sensitivity)) {
                for (int column = 0; column < 6; column++) {
                    sheet.setColumnWidth(column, column == 0 || column == 2 ? 60 * 256 : 16 * 256);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    byte[] pdf(FrozenResult result, Locale locale) {
        ResultReading.Reading read = reading.of(result, locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter.getInstance(document, out);
        document.open();
        Fonts fonts = new Fonts(12f, 10f, 16f);
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMinimumFractionDigits(3);
        number.setMaximumFractionDigits(3);

        document.add(new Paragraph(fonts.title(result.title().in(locale))));
        document.add(new Paragraph(fonts.body(text("pilot.result.method", locale) + ": " + result.method() + " · "
                + text("pilot.result.riTable", locale) + ": " + text("pilot.ri." + result.riTable(), locale) + " · "
                + text("pilot.result.closedBy", locale) + ": " + read.closedBy() + " · "
                + read.closedAt())));
        document.add(new Paragraph(
                fonts.body(text("pilot.result.evaluators", locale) + ": " + String.join(", ", read.evaluators()))));

        document.add(heading(fonts, text("pilot.result.ranking", locale)));
        PdfPTable ranking = table(
                fonts,
                new float[] {1, 6, 2, 1, 2},
                text("pilot.result.topsisRank", locale),
                text("pilot.result.candidate", locale),
                text("pilot.result.closeness", locale),
                text("pilot.result.ahpRank", locale),
                text("pilot.result.ahpPriority", locale));
        for (int index : result.topsisRanking()) {
            FrozenResult.CandidateResult c = result.candidates().get(index);
            cells(
                    ranking,
                    fonts,
                    String.valueOf(c.topsisRank()),
                    c.name().in(locale),
                    number.format(c.topsisCloseness()),
                    String.valueOf(c.ahpRank()),
                    number.format(c.ahpPriority()));
        }
        document.add(ranking);
        document.add(new Paragraph(fonts.body(read.ranking())));
        document.add(new Paragraph(fonts.body(read.stability())));

        document.add(heading(fonts, text("pilot.result.weights", locale)));
        PdfPTable weights = table(
                fonts,
                new float[] {5, 2, 6, 2, 2},
                text("pilot.result.criterion", locale),
                text("pilot.result.weight", locale),
                text("pilot.result.subcriterion", locale),
                text("pilot.result.localWeight", locale),
                text("pilot.result.globalWeight", locale));
        for (FrozenResult.CriterionResult criterion : result.criteria()) {
            for (FrozenResult.SubResult sub : criterion.subcriteria()) {
                cells(
                        weights,
                        fonts,
                        criterion.name().in(locale),
                        number.format(criterion.weight()),
                        sub.name().in(locale),
                        number.format(sub.localWeight()),
                        number.format(sub.globalWeight()));
            }
        }
        document.add(weights);

        document.add(heading(fonts, text("pilot.result.sensitivity", locale)));
        PdfPTable sensitivity = table(
                fonts,
                new float[] {6, 2, 2, 2},
                text("pilot.result.criterion", locale),
                text("pilot.result.weight", locale),
                text("pilot.result.lower", locale),
                text("pilot.result.upper", locale));
        for (FrozenResult.IntervalResult interval : result.sensitivity()) {
            cells(
                    sensitivity,
                    fonts,
                    result.criteria().get(interval.criterion()).name().in(locale),
                    number.format(interval.weight()),
                    number.format(interval.lower()),
                    number.format(interval.upper()));
        }
        document.add(sensitivity);

        document.add(heading(fonts, text("pilot.result.consistency", locale)));
        float[] widths = new float[2 + result.evaluators().size()];
        widths[0] = 7;
        java.util.Arrays.fill(widths, 1, widths.length, 2);
        String[] headers = new String[widths.length];
        headers[0] = text("pilot.result.matrix", locale);
        headers[1] = text("pilot.result.groupCr", locale);
        for (int e = 0; e < result.evaluators().size(); e++) {
            headers[2 + e] = read.evaluators().get(e);
        }
        PdfPTable consistency = table(fonts, widths, headers);
        for (FrozenResult.MatrixResult matrix : result.matrices()) {
            String[] values = new String[widths.length];
            values[0] = labels.matrix(result, matrix, locale);
            values[1] = matrix.groupCr() == null ? "" : number.format(matrix.groupCr());
            for (int e = 0; e < matrix.individualCr().length; e++) {
                values[2 + e] = number.format(matrix.individualCr()[e]);
            }
            cells(consistency, fonts, values);
        }
        document.add(consistency);
        document.close();
        return out.toByteArray();
    }

    private Paragraph heading(Fonts fonts, String text) {
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

    private static void cells(PdfPTable table, Fonts fonts, String... values) {
        for (String value : values) {
            table.addCell(new PdfPCell(fonts.body(value)));
        }
    }

    private static void row(Sheet sheet, int index, CellStyle style, String... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            cell(row, i, values[i], style);
        }
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    /** Font selectors that take each character from Noto Sans, or from Noto Sans Lao for Lao script. */
    private final class Fonts {

        private final FontSelector body;
        private final FontSelector bold;
        private final FontSelector heading;
        private final FontSelector title;

        Fonts(float headingSize, float bodySize, float titleSize) {
            this.body = PdfFonts.get().regular(bodySize);
            this.bold = PdfFonts.get().bold(bodySize);
            this.heading = PdfFonts.get().bold(headingSize);
            this.title = PdfFonts.get().bold(titleSize);
        }

        Phrase body(String text) {
            return body.process(text == null ? "" : text);
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
