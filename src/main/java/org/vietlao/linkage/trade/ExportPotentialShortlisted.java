package org.vietlao.linkage.trade;

import java.util.List;

/**
 * An analyst fed the export-potential shortlist of one exporter, importer and year (decision 0024) to the
 * modules that suggest products; a later feed of the same exporter, importer and year replaces this one
 * (decision 0045). Published inside the feeding transaction, so a listener that fails undoes the feed.
 *
 * @param exporter ISO alpha-3 of the exporting country ({@code VNM} or {@code LAO})
 * @param importer ISO alpha-3 of the importing country
 * @param year the BACI year the shortlist was computed from
 * @param source where the numbers come from: the world file imported for that year, with its name and date
 * @param products largest potential first
 */
public record ExportPotentialShortlisted(
        String exporter, String importer, int year, String source, List<Product> products) {

    /**
     * One product of the shortlist.
     *
     * @param hsCode the HS 2022 subheading (6 digits)
     * @param rca the exporter's revealed comparative advantage (Balassa)
     * @param exporterWorldExportsUsd what the exporter sells to the world, USD
     * @param importerWorldImportsUsd what the importer buys from the world, USD
     * @param actualExportsUsd what the exporter already sells to the importer, USD
     * @param potentialUsd min(exporter's world exports, importer's world imports) minus actual exports, USD
     */
    public record Product(
            String hsCode,
            double rca,
            double exporterWorldExportsUsd,
            double importerWorldImportsUsd,
            double actualExportsUsd,
            double potentialUsd) {}

    public ExportPotentialShortlisted {
        products = List.copyOf(products);
    }
}
