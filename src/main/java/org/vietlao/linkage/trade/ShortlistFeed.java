package org.vietlao.linkage.trade;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Feeds the export-potential shortlists of one year, both directions (Viet Nam to Laos and Laos to Viet Nam), to
 * matching as suggested products (decision 0045): one {@link ExportPotentialShortlisted} per direction, which
 * matching stores in place of what it held for that exporter, importer and year.
 */
@Service
class ShortlistFeed {

    static final int LIMIT = 50;

    private final WorldTables world;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    ShortlistFeed(WorldTables world, JdbcClient jdbc, ApplicationEventPublisher events) {
        this.world = world;
        this.jdbc = jdbc;
        this.events = events;
    }

    /** What was fed: per direction, how many products. */
    record Fed(int year, String source, List<Direction> directions) {}

    record Direction(String exporter, String importer, int products) {}

    @Transactional
    Fed feed(int year) {
        String source = source(year);
        List<Direction> fed = new java.util.ArrayList<>();
        for (String[] pair : new String[][] {{"VNM", "LAO"}, {"LAO", "VNM"}}) {
            List<ExportPotentialShortlisted.Product> products =
                    world.exportPotential(pair[0], pair[1], year, LIMIT).stream()
                            .map(p -> new ExportPotentialShortlisted.Product(
                                    p.product(),
                                    p.rca(),
                                    p.exporterWorldExports(),
                                    p.importerWorldImports(),
                                    p.actual(),
                                    p.potential()))
                            .toList();
            events.publishEvent(new ExportPotentialShortlisted(pair[0], pair[1], year, source, products));
            fed.add(new Direction(pair[0], pair[1], products.size()));
        }
        return new Fed(year, source, fed);
    }

    /** The world file of that year as the source: its name and the day it was imported. */
    private String source(int year) {
        return jdbc.sql("SELECT file_name, imported_at FROM trade_import WHERE format = 'baci' AND year = :y "
                        + "ORDER BY imported_at DESC, id DESC LIMIT 1")
                .param("y", year)
                .query((rs, n) -> "CEPII BACI " + year
                        + (rs.getString(1) == null ? "" : " (" + rs.getString(1) + ")")
                        + ", imported "
                        + DateTimeFormatter.ISO_LOCAL_DATE.format(
                                rs.getTimestamp(2).toInstant().atOffset(ZoneOffset.UTC)))
                .optional()
                .orElse("CEPII BACI " + year);
    }
}
