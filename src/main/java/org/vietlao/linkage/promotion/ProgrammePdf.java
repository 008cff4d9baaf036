package org.vietlao.linkage.promotion;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.FontSelector;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.vietlao.linkage.reference.ReferenceData;
import org.vietlao.linkage.shared.Money;
import org.vietlao.linkage.shared.PdfFonts;

/**
 * A programme's results as a PDF for the yearly conference, in the reader's language (decision 0092): the
 * programme, then each activity with its budget (as recorded, in the programme's currency and in US dollars), its
 * new listings, what the organiser reported and the figures per 10,000 USD, each line naming its source, then the
 * programme's totals and the exchange rates used. Numbers are written as on the page and in the XLSX (1,234.50).
 */
@Component
class ProgrammePdf {

    private final MessageSource messages;
    private final Clock clock;

    ProgrammePdf(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    byte[] pdf(ProgrammeResults.Result result, Locale locale) {
        Programmes.Programme p = result.programme();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter.getInstance(document, out);
        document.open();
        FontSelector title = PdfFonts.get().bold(15f);
        FontSelector heading = PdfFonts.get().bold(11f);
        FontSelector body = PdfFonts.get().regular(10f);
        String currency = p.currency();
        document.add(new Paragraph(title.process(text(
                locale,
                "promotion.pdf.title",
                String.valueOf(p.year()),
                p.title().in(locale).text()))));
        document.add(new Paragraph(body.process(text(
                locale,
                "promotion.pdf.organiser",
                p.organiser(),
                text(locale, "promotion.organiser." + p.organiserKind().name()),
                currency))));
        if (p.demo()) {
            document.add(new Paragraph(body.process(text(locale, "promotion.pdf.demo"))));
        }
        document.add(new Paragraph(body.process(text(
                locale,
                "promotion.pdf.generated",
                LocalDate.now(clock.withZone(ReferenceData.REGION_TIME)).toString()))));
        if (result.activities().isEmpty()) {
            document.add(new Paragraph(body.process(text(locale, "promotion.pdf.none"))));
        }
        int n = 0;
        for (ProgrammeResults.ActivityResult a : result.activities()) {
            n++;
            Programmes.Activity activity = a.activity();
            Paragraph head = new Paragraph(heading.process(text(
                    locale,
                    "promotion.pdf.activity",
                    String.valueOf(n),
                    activity.title(),
                    text(locale, "promotion.activity." + activity.kind().name()),
                    activity.startsOn().toString(),
                    activity.endsOn().toString(),
                    activity.place())));
            head.setSpacingBefore(8f);
            document.add(head);
            document.add(new Paragraph(body.process(text(
                    locale,
                    "promotion.pdf.budget",
                    number(activity.budget().amount()),
                    activity.budget().currency(),
                    number(a.budget().amount()),
                    currency,
                    number(a.budgetUsd().amount()),
                    text(locale, "promotion.pdf.budgetSource")))));
            figures(document, body, locale, a.newListings(), a.contracts(), a.mous(), a.sales(), currency);
            document.add(new Paragraph(body.process(
                    text(locale, "promotion.pdf.perBudget", per(a.listingsPer10kUsd()), per(a.contractsPer10kUsd())))));
            document.add(new Paragraph(body.process(text(
                    locale,
                    "promotion.pdf.newly",
                    String.valueOf(a.newlySold().getOrDefault("VN", 0)),
                    String.valueOf(a.newlySold().getOrDefault("LA", 0))))));
        }
        Paragraph total = new Paragraph(heading.process(text(locale, "promotion.pdf.total")));
        total.setSpacingBefore(10f);
        document.add(total);
        document.add(new Paragraph(body.process(text(
                locale,
                "promotion.pdf.totalBudget",
                number(result.budget().amount()),
                currency,
                number(result.budgetUsd().amount()),
                text(locale, "promotion.pdf.budgetSource")))));
        figures(
                document,
                body,
                locale,
                result.newListings(),
                result.contracts(),
                result.mous(),
                result.sales(),
                currency);
        document.add(new Paragraph(body.process(text(
                locale,
                "promotion.pdf.perBudget",
                per(result.listingsPer10kUsd()),
                per(result.contractsPer10kUsd())))));
        document.add(new Paragraph(body.process(text(
                locale,
                "promotion.pdf.newly",
                String.valueOf(result.newlySold().getOrDefault("VN", 0)),
                String.valueOf(result.newlySold().getOrDefault("LA", 0))))));
        Paragraph rates = new Paragraph(body.process(text(locale, "promotion.pdf.rates")));
        rates.setSpacingBefore(10f);
        document.add(rates);
        for (String source : result.rateSources()) {
            document.add(new Paragraph(body.process("• " + source)));
        }
        document.close();
        return out.toByteArray();
    }

    private void figures(
            Document document,
            FontSelector body,
            Locale locale,
            int listings,
            int contracts,
            int mous,
            Money sales,
            String currency) {
        document.add(new Paragraph(body.process(text(locale, "promotion.pdf.listings", String.valueOf(listings)))));
        document.add(new Paragraph(body.process(text(
                locale,
                "promotion.pdf.reported",
                String.valueOf(contracts),
                String.valueOf(mous),
                sales == null ? text(locale, "promotion.pdf.notReported") : number(sales.amount()) + " " + currency))));
    }

    private String per(BigDecimal value) {
        return value == null ? "–" : number(value);
    }

    static String number(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(value);
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
