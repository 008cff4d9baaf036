package org.vietlao.linkage.zone;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.FontSelector;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.vietlao.linkage.reference.ReferenceNames;
import org.vietlao.linkage.shared.CountryCode;
import org.vietlao.linkage.shared.GatePairId;
import org.vietlao.linkage.shared.LocalizedText;
import org.vietlao.linkage.shared.PdfFonts;
import org.vietlao.linkage.shared.ProvinceCode;
import org.vietlao.linkage.shared.Spreadsheet;

/**
 * Two parks side by side, row by row: what they are, where, their land and occupancy, and every term of the
 * incentive regime each falls under on the chosen day, each value with its source and whether it is confirmed,
 * and each row marked where the two differ (the "convergence" gap the MoU wants closed). Values are compared as
 * recorded (numbers by value, rules and kinds by code, texts by their English wording), not as displayed.
 */
@Service
class SideBySide {

    private final Zones zones;
    private final Tenants tenants;
    private final Regimes regimes;
    private final ReferenceNames names;
    private final MessageSource messages;

    SideBySide(Zones zones, Tenants tenants, Regimes regimes, ReferenceNames names, MessageSource messages) {
        this.zones = zones;
        this.tenants = tenants;
        this.regimes = regimes;
        this.names = names;
        this.messages = messages;
    }

    /** One side of a row: the value shown, what it is compared by, its source and whether that is confirmed. */
    record Cell(String text, Object compared, String source, boolean confirmed) {

        static Cell none(String text) {
            return new Cell(text, null, null, true);
        }
    }

    record Row(String key, String label, Cell left, Cell right, boolean differs) {}

    record Comparison(
            LocalDate day,
            Zones.Zone left,
            Zones.Zone right,
            LocalizedText.Shown leftName,
            LocalizedText.Shown rightName,
            List<Row> rows) {

        public long differences() {
            return rows.stream().filter(Row::differs).count();
        }
    }

    Comparison compare(long leftId, long rightId, LocalDate day, Locale locale) {
        Zones.Zone left = zones.require(leftId);
        Zones.Zone right = zones.require(rightId);
        if (leftId == rightId) {
            throw org.vietlao.linkage.shared.BusinessException.onField(
                    org.vietlao.linkage.shared.ErrorCode.ZON_010, "right", rightId);
        }
        Optional<Regimes.Regime> leftRegime = regimes.on(left.regimeScope(), day);
        Optional<Regimes.Regime> rightRegime = regimes.on(right.regimeScope(), day);
        Occupancy leftLand = tenants.occupancy(left);
        Occupancy rightLand = tenants.occupancy(right);
        List<Row> rows = new ArrayList<>();
        add(
                rows,
                "kind",
                locale,
                enumCell(left.kind(), "zone.kind.", left, locale),
                enumCell(right.kind(), "zone.kind.", right, locale));
        add(rows, "country", locale, country(left, locale), country(right, locale));
        add(rows, "province", locale, province(left, day, locale), province(right, day, locale));
        add(rows, "gatePair", locale, gate(left, locale), gate(right, locale));
        add(
                rows,
                "status",
                locale,
                enumCell(left.status(), "zone.status.", left, locale),
                enumCell(right.status(), "zone.status.", right, locale));
        add(rows, "totalHa", locale, hectares(left.totalHa(), left, locale), hectares(right.totalHa(), right, locale));
        add(
                rows,
                "leasableHa",
                locale,
                hectares(left.leasableHa(), left, locale),
                hectares(right.leasableHa(), right, locale));
        add(
                rows,
                "leasedHa",
                locale,
                computed(leftLand.leasedHa(), " ha", locale),
                computed(rightLand.leasedHa(), " ha", locale));
        add(
                rows,
                "availableHa",
                locale,
                computed(leftLand.availableHa(), " ha", locale),
                computed(rightLand.availableHa(), " ha", locale));
        add(
                rows,
                "occupancy",
                locale,
                computed(leftLand.ratePercent(), " %", locale),
                computed(rightLand.ratePercent(), " %", locale));
        add(
                rows,
                "tenants",
                locale,
                computed(BigDecimal.valueOf(leftLand.tenants()), "", locale),
                computed(BigDecimal.valueOf(rightLand.tenants()), "", locale));
        add(
                rows,
                "operator",
                locale,
                plain(left.operatorName(), left, locale),
                plain(right.operatorName(), right, locale));
        add(
                rows,
                "isic",
                locale,
                plain(String.join(", ", left.isicCodes()), left, locale),
                plain(String.join(", ", right.isicCodes()), right, locale));
        add(
                rows,
                "hs",
                locale,
                plain(String.join(", ", left.hsCodes()), left, locale),
                plain(String.join(", ", right.hsCodes()), right, locale));
        add(
                rows,
                "power",
                locale,
                enumCell(left.power(), "zone.supply.", left, locale),
                enumCell(right.power(), "zone.supply.", right, locale));
        add(
                rows,
                "water",
                locale,
                enumCell(left.water(), "zone.supply.", left, locale),
                enumCell(right.water(), "zone.supply.", right, locale));
        add(
                rows,
                "wastewater",
                locale,
                enumCell(left.wastewater(), "zone.supply.", left, locale),
                enumCell(right.wastewater(), "zone.supply.", right, locale));
        add(
                rows,
                "links",
                locale,
                plain(left.roadRailLinks(), left, locale),
                plain(right.roadRailLinks(), right, locale));
        add(rows, "regime", locale, regimeName(leftRegime, locale), regimeName(rightRegime, locale));
        add(rows, "legalBasis", locale, legalBasis(leftRegime, locale), legalBasis(rightRegime, locale));
        for (IncentiveTerm term : IncentiveTerm.values()) {
            Cell l = term(leftRegime, term, locale);
            Cell r = term(rightRegime, term, locale);
            if (l.compared() != null || r.compared() != null) {
                rows.add(new Row("term." + term.name(), text("zone.term." + term.name(), locale), l, r, differ(l, r)));
            }
        }
        return new Comparison(
                day, left, right, left.names().in(locale), right.names().in(locale), rows);
    }

    private void add(List<Row> rows, String key, Locale locale, Cell left, Cell right) {
        rows.add(new Row(key, text("zone.row." + key, locale), left, right, differ(left, right)));
    }

    static boolean differ(Cell left, Cell right) {
        Object a = left.compared();
        Object b = right.compared();
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) != 0;
        }
        return !Objects.equals(a, b);
    }

    private Cell enumCell(Enum<?> value, String prefix, Zones.Zone zone, Locale locale) {
        return new Cell(text(prefix + value.name(), locale), value.name(), source(zone, locale), zone.confirmed());
    }

    private Cell country(Zones.Zone zone, Locale locale) {
        String shown = names.country(CountryCode.parse(zone.country()))
                .map(n -> n.in(locale).text())
                .orElse(zone.country());
        return new Cell(shown, zone.country(), source(zone, locale), true);
    }

    private Cell province(Zones.Zone zone, LocalDate day, Locale locale) {
        Optional<String> code = zone.provinceOn(day);
        if (code.isEmpty()) {
            return Cell.none(text("zone.value.unknown", locale));
        }
        String shown = names.province(ProvinceCode.parse(code.get()))
                .map(n -> n.in(locale).text())
                .orElse(code.get());
        return new Cell(shown, code.get(), source(zone, locale), zone.confirmed());
    }

    private Cell gate(Zones.Zone zone, Locale locale) {
        if (zone.gatePairId() == null) {
            return Cell.none(text("zone.value.unknown", locale));
        }
        String shown = names.gatePair(GatePairId.parse(zone.gatePairId()))
                .map(g -> g.vnGate().in(locale).text() + " – "
                        + g.laoGate().in(locale).text())
                .orElse(zone.gatePairId());
        return new Cell(shown, zone.gatePairId(), source(zone, locale), zone.confirmed());
    }

    private Cell hectares(BigDecimal value, Zones.Zone zone, Locale locale) {
        if (value == null) {
            return Cell.none(text("zone.value.unknown", locale));
        }
        return new Cell(number(value, locale) + " ha", value, source(zone, locale), zone.confirmed());
    }

    private Cell computed(BigDecimal value, String unit, Locale locale) {
        if (value == null) {
            return Cell.none(text("zone.value.unknown", locale));
        }
        return new Cell(number(value, locale) + unit, value, text("zone.source.tenants", locale), true);
    }

    private Cell plain(String value, Zones.Zone zone, Locale locale) {
        if (value == null || value.isBlank()) {
            return Cell.none(text("zone.value.unknown", locale));
        }
        return new Cell(value, value, source(zone, locale), zone.confirmed());
    }

    private Cell regimeName(Optional<Regimes.Regime> regime, Locale locale) {
        return regime.map(r -> new Cell(r.names().in(locale).text(), r.code(), r.legalBasis(), true))
                .orElseGet(() -> Cell.none(text("zone.value.noRegime", locale)));
    }

    private Cell legalBasis(Optional<Regimes.Regime> regime, Locale locale) {
        return regime.map(r -> new Cell(r.legalBasis(), r.legalBasis(), r.code(), true))
                .orElseGet(() -> Cell.none(text("zone.value.noRegime", locale)));
    }

    private Cell term(Optional<Regimes.Regime> regime, IncentiveTerm term, Locale locale) {
        Optional<Regimes.Term> found = regime.flatMap(r -> r.term(term));
        if (found.isEmpty()) {
            return Cell.none(text("zone.value.notInRegime", locale));
        }
        Regimes.Term t = found.get();
        String source = t.source() + " (" + t.sourceDate() + ")";
        return switch (term.shape) {
            case PERCENT -> new Cell(number(t.amount(), locale) + " %", t.amount(), source, t.confirmed());
            case YEARS ->
                new Cell(
                        text("zone.value.years", locale, number(t.amount(), locale)),
                        t.amount(),
                        source,
                        t.confirmed());
            case AMOUNT, COUNT -> new Cell(number(t.amount(), locale), t.amount(), source, t.confirmed());
            case RULE -> new Cell(text("zone.holiday." + t.rule(), locale), t.rule(), source, t.confirmed());
            case TEXT -> new Cell(t.text().in(locale).text(), t.text().en(), source, t.confirmed());
        };
    }

    private String source(Zones.Zone zone, Locale locale) {
        return zone.source() + " (" + zone.sourceDate() + ")" + (zone.demo() ? " — " + text("zone.demo", locale) : "");
    }

    static String number(BigDecimal value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    // ---- exports

    private String title(Comparison c, Locale locale) {
        return text(
                "zone.compare.title", locale, c.leftName().text(), c.rightName().text());
    }

    private List<String> headers(Comparison c, Locale locale) {
        return List.of(
                text("zone.compare.row", locale),
                c.leftName().text(),
                text("zone.compare.source", locale),
                c.rightName().text(),
                text("zone.compare.source", locale),
                text("zone.compare.differs", locale));
    }

    private List<Object> values(Row row, Locale locale) {
        List<Object> values = new ArrayList<>();
        values.add(row.label());
        values.add(row.left().text());
        values.add(sourceText(row.left(), locale));
        values.add(row.right().text());
        values.add(sourceText(row.right(), locale));
        values.add(row.differs() ? text("zone.compare.yes", locale) : "");
        return values;
    }

    private String sourceText(Cell cell, Locale locale) {
        if (cell.source() == null) {
            return "";
        }
        return cell.source() + (cell.confirmed() ? "" : " — " + text("zone.unconfirmed", locale));
    }

    Spreadsheet spreadsheet(Comparison c, Locale locale) {
        return new Spreadsheet(
                title(c, locale),
                headers(c, locale),
                c.rows().stream().map(row -> values(row, locale)).toList());
    }

    byte[] pdf(Comparison c, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 30, 30, 30, 30);
        PdfWriter.getInstance(document, out);
        document.open();
        FontSelector heading = PdfFonts.get().bold(14f);
        FontSelector body = PdfFonts.get().regular(8f);
        FontSelector bold = PdfFonts.get().bold(8f);
        document.add(new Paragraph(heading.process(title(c, locale))));
        document.add(new Paragraph(body.process(
                text("zone.compare.facts", locale, c.day().toString(), c.rows().size(), c.differences()))));
        document.add(new Paragraph(body.process(" ")));
        PdfPTable table = new PdfPTable(new float[] {2.2f, 3f, 3f, 3f, 3f, 1f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String header : headers(c, locale)) {
            table.addCell(new PdfPCell(bold.process(header)));
        }
        Color highlight = new Color(255, 236, 179);
        for (Row row : c.rows()) {
            for (Object value : values(row, locale)) {
                PdfPCell cell = new PdfPCell(body.process(value == null ? "" : value.toString()));
                if (row.differs()) {
                    cell.setBackgroundColor(highlight);
                }
                table.addCell(cell);
            }
        }
        document.add(table);
        document.add(new Paragraph(body.process(" ")));
        document.add(new Paragraph(body.process(text("zone.compare.pdfNote", locale))));
        document.close();
        return out.toByteArray();
    }
}
