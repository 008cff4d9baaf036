package org.vietlao.linkage.matching;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vietlao.linkage.reference.HsEntry;
import org.vietlao.linkage.reference.ReferenceData;
import org.vietlao.linkage.shared.EntityChanged;
import org.vietlao.linkage.shared.HsCode;
import org.vietlao.linkage.trade.ExportPotentialShortlisted;

/**
 * The products the trade indicators suggest a country sells across the border: the export-potential shortlists
 * the trade module feeds (decision 0045), stored per exporter, importer and year, a new feed of the same three
 * replacing the old one. The matches page shows the latest year for the enterprise's country.
 */
@Component
class SuggestedProducts {

    static final String ENTITY = "matching_suggested_products";

    private final JdbcClient jdbc;
    private final ReferenceData reference;
    private final org.vietlao.linkage.reference.ReferenceNames names;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SuggestedProducts(
            JdbcClient jdbc,
            ReferenceData reference,
            org.vietlao.linkage.reference.ReferenceNames names,
            ApplicationEventPublisher events,
            Clock clock) {
        this.names = names;
        this.jdbc = jdbc;
        this.reference = reference;
        this.events = events;
        this.clock = clock;
    }

    /** In the feeding transaction: replaces the list of that exporter, importer and year, audited. */
    @EventListener
    @Transactional
    void on(ExportPotentialShortlisted shortlist) {
        String id = shortlist.exporter() + "-" + shortlist.importer() + "-" + shortlist.year();
        Map<String, Object> before = stored(shortlist.exporter(), shortlist.importer(), shortlist.year());
        jdbc.sql("DELETE FROM matching_suggested_product WHERE exporter = :e AND importer = :i AND year = :y")
                .param("e", shortlist.exporter())
                .param("i", shortlist.importer())
                .param("y", shortlist.year())
                .update();
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        int rank = 0;
        for (ExportPotentialShortlisted.Product p : shortlist.products()) {
            jdbc.sql("INSERT INTO matching_suggested_product (exporter, importer, year, rank, hs_code, rca, "
                            + "exporter_world_exports_usd, importer_world_imports_usd, actual_exports_usd, "
                            + "potential_usd, source, fed_at) VALUES (:e, :i, :y, :rank, :hs, :rca, :x, :m, :a, :p, "
                            + ":source, :at)")
                    .param("e", shortlist.exporter())
                    .param("i", shortlist.importer())
                    .param("y", shortlist.year())
                    .param("rank", ++rank)
                    .param("hs", p.hsCode())
                    .param("rca", p.rca())
                    .param("x", p.exporterWorldExportsUsd())
                    .param("m", p.importerWorldImportsUsd())
                    .param("a", p.actualExportsUsd())
                    .param("p", p.potentialUsd())
                    .param("source", abbreviated(shortlist.source()))
                    .param("at", now)
                    .update();
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put(
                "products",
                shortlist.products().stream()
                        .map(ExportPotentialShortlisted.Product::hsCode)
                        .toList());
        after.put("source", abbreviated(shortlist.source()));
        after.put("fedAt", now.toInstant().toString());
        events.publishEvent(
                before == null
                        ? EntityChanged.created(ENTITY, id, after)
                        : EntityChanged.updated(ENTITY, id, before, after));
    }

    /**
     * A suggested product as shown.
     *
     * @param hsCode the HS subheading
     * @param name its description in the reader's language (Vietnamese for vi, English otherwise: the HS
     *     nomenclature has no Lao descriptions), {@code null} when the reference data does not know the code
     * @param rca the exporter's revealed comparative advantage
     * @param potentialUsd the indicative potential in USD
     * @param actualExportsUsd what the exporter already sells to the importer, USD
     */
    record Product(String hsCode, String name, double rca, double potentialUsd, double actualExportsUsd) {}

    /**
     * The shortlist of one exporter, importer and year with its source; {@code year}, {@code importer} and
     * {@code source} are {@code null} and {@code products} empty when nothing was fed.
     */
    record Suggestion(String exporter, String importer, Integer year, String source, List<Product> products) {}

    /** The latest year fed for this exporter (ISO alpha-3), products in the reader's language. */
    Optional<Suggestion> latest(String exporter, String language) {
        return jdbc.sql("SELECT importer, year FROM matching_suggested_product WHERE exporter = :e "
                        + "ORDER BY year DESC, importer LIMIT 1")
                .param("e", exporter)
                .query((rs, n) -> of(exporter, rs.getString(1), rs.getInt(2), language))
                .optional();
    }

    /** The shortlist of that exporter and year (any importer; only the partner across the border is fed). */
    Optional<Suggestion> forYear(String exporter, int year, String language) {
        return jdbc.sql("SELECT importer FROM matching_suggested_product WHERE exporter = :e AND year = :y "
                        + "ORDER BY importer LIMIT 1")
                .param("e", exporter)
                .param("y", year)
                .query((rs, n) -> of(exporter, rs.getString(1), year, language))
                .optional();
    }

    /** ISO alpha-3 of a party's country ({@code VN} or {@code LA}). */
    static String alpha3(String country) {
        return "VN".equals(country) ? "VNM" : "LAO";
    }

    private Suggestion of(String exporter, String importer, int year, String language) {
        String[] source = {null};
        List<Product> products = jdbc.sql(
                        "SELECT hs_code, rca, potential_usd, actual_exports_usd, source FROM "
                                + "matching_suggested_product WHERE exporter = :e AND importer = :i AND year = :y ORDER BY rank")
                .param("e", exporter)
                .param("i", importer)
                .param("y", year)
                .query((rs, n) -> {
                    source[0] = rs.getString(5);
                    return new Product(
                            rs.getString(1),
                            name(rs.getString(1), language),
                            rs.getDouble(2),
                            rs.getDouble(3),
                            rs.getDouble(4));
                })
                .list();
        return new Suggestion(exporter, importer, year, source[0], products);
    }

    /**
     * Vietnamese: the heading's description and the subheading's (the tariff writes a subheading relative to its
     * heading, "- Gạo lứt:"), without the tariff's dashes and closing colon or full stop; Lao: the chapter's Lao name
     * and the English text (decision 0100); English for every other language; either one when the other is missing.
     */
    private String name(String code, String language) {
        if (!HsCode.isWellFormed(code)) {
            return null;
        }
        Optional<HsEntry> entry = reference.hsCode(HsCode.parse(code));
        if (entry.isEmpty()) {
            return null;
        }
        String vi = vietnamese(entry.get());
        String en = entry.get().descriptionEn();
        if ("lo".equals(language)) {
            // The chapter's Lao name before the English text, as everywhere else (decision 0100).
            Optional<String> lao = names.hsDescription(HsCode.parse(code)).flatMap(t -> t.exactly("lo"));
            if (lao.isPresent()) {
                return lao.get();
            }
        }
        return "vi".equals(language) ? (vi != null ? vi : en) : (en != null ? en : vi);
    }

    private String vietnamese(HsEntry entry) {
        String own = tidy(entry.descriptionVi());
        String heading = entry.level() > 4 && entry.parent() != null
                ? reference
                        .hsCode(HsCode.parse(entry.parent()))
                        .map(h -> tidy(h.descriptionVi()))
                        .orElse(null)
                : null;
        if (heading == null) {
            return own;
        }
        return own == null || own.equalsIgnoreCase(heading) ? heading : heading + " — " + own;
    }

    private static String tidy(String description) {
        if (description == null) {
            return null;
        }
        String t = description
                .strip()
                .replaceFirst("^[-\\s]+", "")
                .replaceFirst("[:.]+$", "")
                .strip();
        return t.isEmpty() ? null : t;
    }

    private Map<String, Object> stored(String exporter, String importer, int year) {
        List<String[]> rows = jdbc.sql(
                        "SELECT hs_code, source, fed_at FROM matching_suggested_product WHERE exporter = :e "
                                + "AND importer = :i AND year = :y ORDER BY rank")
                .param("e", exporter)
                .param("i", importer)
                .param("y", year)
                .query((rs, n) -> new String[] {
                    rs.getString(1),
                    rs.getString(2),
                    rs.getTimestamp(3).toInstant().toString()
                })
                .list();
        if (rows.isEmpty()) {
            return null;
        }
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("products", rows.stream().map(r -> r[0]).toList());
        before.put("source", rows.get(0)[1]);
        before.put("fedAt", rows.get(0)[2]);
        return before;
    }

    private static String abbreviated(String source) {
        return source.length() > 500 ? source.substring(0, 500) : source;
    }
}
