package org.vietlao.linkage.casework;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.FontSelector;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.vietlao.linkage.shared.LocalizedText;
import org.vietlao.linkage.shared.PdfFonts;

/**
 * The yearly compilation as a PDF in the reader's language (decision 0076): bar charts of the cases by topic, by
 * status and by month, and of the share of answers on time per body against SOLVIT's 55 % and 75 % targets, drawn
 * with OpenPDF's vector graphics; each chart followed by its figures as a table and by its source (the platform's
 * own cases, the day of extraction); Noto Sans and Noto Sans Lao embedded (shared.PdfFonts). Built from
 * {@link Compilation.Report}, which names no association member (decision 0048).
 */
@Service
class CompilationPdf {

    static final Color BAR = new Color(31, 95, 153);
    static final Color GREEN = new Color(25, 135, 84);
    static final Color YELLOW = new Color(204, 153, 0);
    static final Color RED = new Color(200, 35, 51);
    static final float WIDTH = 515f;
    static final float LABEL = 190f;
    static final float ROW = 15f;

    private final Compilation compilation;
    private final Bodies bodies;
    private final MessageSource messages;
    private final Clock clock;

    CompilationPdf(Compilation compilation, Bodies bodies, MessageSource messages, Clock clock) {
        this.compilation = compilation;
        this.bodies = bodies;
        this.messages = messages;
        this.clock = clock;
    }

    /** One bar: its label, its value, the text written after it, and its colour. */
    record Bar(String label, double value, String text, Color color) {}

    byte[] pdf(int year, Locale locale) {
        Compilation.Report report = compilation.of(year);
        LocalDate extracted = Cases.today(clock);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(text(locale, "casework.compilation.heading", String.valueOf(year)));
        document.open();
        FontSelector heading = PdfFonts.get().bold(15f);
        FontSelector subheading = PdfFonts.get().bold(11f);
        FontSelector body = PdfFonts.get().regular(9f);
        FontSelector small = PdfFonts.get().regular(7.5f);
        document.add(
                new Paragraph(heading.process(text(locale, "casework.compilation.heading", String.valueOf(year)))));
        document.add(new Paragraph(body.process(text(locale, "casework.compilation.intro"))));
        document.add(new Paragraph(body.process(text(locale, "casework.compilation.count", report.cases()))));
        String casesSource =
                text(locale, "casework.pdf.sourceCases", report.cases(), String.valueOf(year), extracted.toString());
        long demo = report.lines().stream().filter(Compilation.Line::demo).count();
        if (demo > 0) {
            document.add(new Paragraph(small.process(text(locale, "casework.pdf.demo", demo))));
        }

        List<Bar> topics = new ArrayList<>();
        report.byTopic().forEach((topic, n) -> topics.add(bar(text(locale, "casework.topic." + topic), n, BAR)));
        section(
                document,
                writer,
                subheading,
                body,
                small,
                text(locale, "casework.compilation.byTopic"),
                topics,
                false,
                casesSource,
                text(locale, "casework.pdf.cases"));

        List<Bar> statuses = new ArrayList<>();
        report.byStatus().forEach((status, n) -> statuses.add(bar(text(locale, "casework.status." + status), n, BAR)));
        section(
                document,
                writer,
                subheading,
                body,
                small,
                text(locale, "casework.compilation.byStatus"),
                statuses,
                false,
                casesSource,
                text(locale, "casework.pdf.cases"));

        List<Bar> months = new ArrayList<>();
        report.byMonth().forEach((month, n) -> months.add(bar(month, n, BAR)));
        section(
                document,
                writer,
                subheading,
                body,
                small,
                text(locale, "casework.compilation.byMonth"),
                months,
                false,
                casesSource,
                text(locale, "casework.pdf.cases"));

        Map<String, String> names = new java.util.HashMap<>();
        bodies.list()
                .forEach(b ->
                        names.put(b.id(), LocalizedText.of(b.name()).in(locale).text()));
        List<Bar> onTime = new ArrayList<>();
        for (CaseQueries.BodyScore score : report.onTimeByBody()) {
            if (score.due() == 0) {
                continue;
            }
            BigDecimal share = score.share();
            Color colour = share.compareTo(BigDecimal.valueOf(75)) >= 0
                    ? GREEN
                    : share.compareTo(BigDecimal.valueOf(55)) >= 0 ? YELLOW : RED;
            onTime.add(new Bar(
                    names.getOrDefault(score.bodyId(), score.bodyId()),
                    share.doubleValue(),
                    text(locale, "casework.pdf.share", share.toPlainString(), score.onTime(), score.due()),
                    colour));
        }
        section(
                document,
                writer,
                subheading,
                body,
                small,
                text(locale, "casework.pdf.onTime"),
                onTime,
                true,
                text(locale, "casework.pdf.sourceOnTime", extracted.toString()),
                text(locale, "casework.scoreboard.share"));

        document.add(new Paragraph(subheading.process(text(locale, "casework.compilation.government"))));
        if (report.needingGovernment().isEmpty()) {
            document.add(new Paragraph(body.process(text(locale, "casework.pdf.noneNeeding"))));
        }
        for (Compilation.Line line : report.needingGovernment()) {
            document.add(new Paragraph(body.process("• " + line.reference() + " · "
                    + text(locale, "casework.topic." + line.topic()) + " · " + line.title())));
        }
        document.add(new Paragraph(small.process(casesSource)));
        document.close();
        return out.toByteArray();
    }

    private static Bar bar(String label, long n, Color colour) {
        return new Bar(label, n, String.valueOf(n), colour);
    }

    /** A heading, the bar chart, its figures as a table (for readers who cannot see the chart) and its source. */
    private void section(
            Document document,
            PdfWriter writer,
            FontSelector subheading,
            FontSelector body,
            FontSelector small,
            String title,
            List<Bar> bars,
            boolean percent,
            String source,
            String valueHeading) {
        Paragraph head = new Paragraph(subheading.process(title));
        head.setSpacingBefore(10f);
        document.add(head);
        if (bars.isEmpty()) {
            document.add(new Paragraph(body.process("—")));
        } else {
            document.add(chart(writer, bars, percent, PdfFonts.get().regular(8f)));
            PdfPTable table = new PdfPTable(new float[] {3f, 2f});
            table.setWidthPercentage(70);
            table.setHorizontalAlignment(Element.ALIGN_LEFT);
            table.addCell(new PdfPCell(PdfFonts.get().bold(8f).process(title)));
            table.addCell(new PdfPCell(PdfFonts.get().bold(8f).process(valueHeading)));
            for (Bar bar : bars) {
                table.addCell(new PdfPCell(PdfFonts.get().regular(8f).process(bar.label())));
                table.addCell(new PdfPCell(PdfFonts.get().regular(8f).process(bar.text())));
            }
            table.setSpacingBefore(4f);
            document.add(table);
        }
        document.add(new Paragraph(small.process(source)));
    }

    /**
     * Horizontal bars drawn on a template (vector graphics): labels on the left, bars scaled to the largest value
     * (or to 100 for shares, with dashed lines at SOLVIT's 55 % and 75 %), each value written after its bar.
     */
    static Image chart(PdfWriter writer, List<Bar> bars, boolean percent, FontSelector font) {
        float height = bars.size() * ROW + 8f;
        float room = WIDTH - LABEL - 70f;
        PdfTemplate t = writer.getDirectContent().createTemplate(WIDTH, height);
        double max = percent ? 100 : bars.stream().mapToDouble(Bar::value).max().orElse(1);
        if (max <= 0) {
            max = 1;
        }
        t.setColorStroke(Color.GRAY);
        t.setLineWidth(0.5f);
        t.moveTo(LABEL, 2f);
        t.lineTo(LABEL, height);
        t.stroke();
        if (percent) {
            for (double target : new double[] {55, 75}) {
                float x = LABEL + (float) (room * target / 100);
                t.setLineDash(2f, 2f);
                t.moveTo(x, 2f);
                t.lineTo(x, height);
                t.stroke();
                t.setLineDash(0f);
            }
        }
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            float y = height - (i + 1) * ROW;
            float length = (float) (room * bar.value() / max);
            t.setColorFill(bar.color());
            t.rectangle(LABEL + 1f, y + 2f, Math.max(length, 0.5f), ROW - 5f);
            t.fill();
            ColumnText.showTextAligned(
                    t, Element.ALIGN_RIGHT, font.process(shorten(bar.label())), LABEL - 4f, y + 4f, 0);
            ColumnText.showTextAligned(t, Element.ALIGN_LEFT, font.process(bar.text()), LABEL + length + 4f, y + 4f, 0);
        }
        Image image = Image.getInstance(t);
        image.setAlt(bars.stream()
                .map(b -> b.label() + ": " + b.text())
                .reduce((a, b) -> a + "; " + b)
                .orElse(""));
        return image;
    }

    private static String shorten(String label) {
        return label.length() > 42 ? label.substring(0, 41) + "…" : label;
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
