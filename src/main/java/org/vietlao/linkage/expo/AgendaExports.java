package org.vietlao.linkage.expo;

import com.lowagie.text.Document;
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
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.vietlao.linkage.shared.PdfFonts;

/**
 * One participant's agenda as an iCalendar file (one event a meeting, in UTC, with a stable UID so that a
 * re-imported agenda updates the meetings it moved) and as a PDF in the reader's language. The PDF embeds Noto
 * Sans and Noto Sans Lao and takes each character from the font that has it, so Lao names and labels render.
 */
@Component
class AgendaExports {

    /** One meeting of the agenda as the reader reads it. */
    record Line(long meetingId, Events.Slot slot, int table, String partner, String partnerCountry) {}

    private final MessageSource messages;

    AgendaExports(MessageSource messages) {
        this.messages = messages;
    }

    byte[] ics(Events.Event event, String eventName, String participant, List<Line> lines, Locale locale) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Viet-Lao Linkage Platform//Expo agenda//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
        for (Line line : lines) {
            Instant start = line.slot()
                    .day()
                    .atTime(line.slot().startsAt())
                    .atZone(RequestExpiry.VENUE_ZONE)
                    .toInstant();
            Instant end = line.slot()
                    .day()
                    .atTime(line.slot().endsAt())
                    .atZone(RequestExpiry.VENUE_ZONE)
                    .toInstant();
            String summary = text("expo.agenda.icsSummary", locale, line.partner(), line.table());
            VEvent meeting = new VEvent(start, end, summary);
            meeting.add(new Uid("expo-" + event.id() + "-meeting-" + line.meetingId() + "@vietlao-linkage"));
            meeting.add(new Location(text("expo.agenda.icsLocation", locale, eventName, event.city(), line.table())));
            meeting.add(new Description(text(
                    "expo.agenda.icsDescription",
                    locale,
                    participant,
                    line.partner(),
                    line.slot().number())));
            calendar.add(meeting);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toByteArray();
    }

    byte[] pdf(Events.Event event, String eventName, String participant, List<Line> lines, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter.getInstance(document, out);
        document.open();
        FontSelector title = PdfFonts.get().bold(15f);
        FontSelector body = PdfFonts.get().regular(10f);
        FontSelector bold = PdfFonts.get().bold(10f);
        document.add(new Paragraph(title.process(eventName)));
        document.add(new Paragraph(body.process(text(
                "expo.agenda.pdfFacts",
                locale,
                participant,
                event.city(),
                event.startsOn().toString(),
                event.endsOn().toString()))));
        document.add(new Paragraph(body.process(" ")));
        if (lines.isEmpty()) {
            document.add(new Paragraph(body.process(text("expo.agenda.empty", locale))));
        } else {
            PdfPTable table = new PdfPTable(new float[] {1f, 3f, 1f, 5f});
            table.setWidthPercentage(100);
            for (String header :
                    List.of("expo.agenda.slot", "expo.agenda.time", "expo.agenda.table", "expo.agenda.with")) {
                table.addCell(new PdfPCell(bold.process(text(header, locale))));
            }
            for (Line line : lines) {
                table.addCell(cell(body, String.valueOf(line.slot().number())));
                table.addCell(cell(
                        body,
                        line.slot().day() + " " + line.slot().startsAt() + "–"
                                + line.slot().endsAt()));
                table.addCell(cell(body, String.valueOf(line.table())));
                table.addCell(cell(body, line.partner() + " (" + line.partnerCountry() + ")"));
            }
            document.add(table);
        }
        document.add(new Paragraph(body.process(" ")));
        document.add(new Paragraph(body.process(text("expo.agenda.pdfSource", locale))));
        document.close();
        return out.toByteArray();
    }

    /** The event report: its figures, then (for those who may see them) the agreements with the rate used. */
    byte[] reportPdf(
            String eventName,
            String heading,
            List<String[]> figures,
            List<String[]> agreements,
            List<String> agreementHeaders,
            String source) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.open();
        FontSelector title = PdfFonts.get().bold(15f);
        FontSelector body = PdfFonts.get().regular(9f);
        FontSelector bold = PdfFonts.get().bold(9f);
        document.add(new Paragraph(title.process(eventName + " — " + heading)));
        document.add(new Paragraph(body.process(" ")));
        PdfPTable table = new PdfPTable(new float[] {4f, 1f});
        table.setWidthPercentage(60);
        table.setHorizontalAlignment(PdfPTable.ALIGN_LEFT);
        for (String[] figure : figures) {
            table.addCell(cell(body, figure[0]));
            table.addCell(cell(bold, figure[1]));
        }
        document.add(table);
        if (!agreements.isEmpty()) {
            document.add(new Paragraph(body.process(" ")));
            PdfPTable list = new PdfPTable(new float[] {1.2f, 1.2f, 4f, 1.6f, 1.4f, 4f});
            list.setWidthPercentage(100);
            agreementHeaders.forEach(h -> list.addCell(cell(bold, h)));
            for (String[] row : agreements) {
                for (String value : row) {
                    list.addCell(cell(body, value));
                }
            }
            document.add(list);
        }
        document.add(new Paragraph(body.process(" ")));
        document.add(new Paragraph(body.process(source)));
        document.close();
        return out.toByteArray();
    }

    private static PdfPCell cell(FontSelector font, String text) {
        Phrase phrase = font.process(text == null ? "" : text);
        return new PdfPCell(phrase);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
