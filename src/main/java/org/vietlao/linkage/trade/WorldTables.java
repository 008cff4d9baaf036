package org.vietlao.linkage.trade;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;

/**
 * The indicators over what was imported: each reads one year and classification of the world tables and
 * applies the formulas of {@link Indicators}. TRD-008 when nothing was imported for that year and classification.
 */
@Component
class WorldTables {

    private final JdbcClient jdbc;

    WorldTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record ProductValue(String product, Double value, String undefinedBecause) {}

    /** Balassa RCA of every product the country exports, highest first. */
    List<ProductValue> rca(String country, int year, String classification) {
        requireData(year, classification);
        Map<String, Double> world = byProduct(year, classification, null, "exports_usd");
        double worldTotal =
                world.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<String, Double> mine = byProduct(year, classification, country, "exports_usd");
        double total = mine.values().stream().mapToDouble(Double::doubleValue).sum();
        List<ProductValue> result = new ArrayList<>();
        for (var e : mine.entrySet()) {
            if (e.getValue() <= 0) {
                continue;
            }
            Indicators.Result r = Indicators.rca(e.getValue(), total, world.getOrDefault(e.getKey(), 0.0), worldTotal);
            result.add(new ProductValue(e.getKey(), r.value(), r.undefinedBecause()));
        }
        result.sort(Comparator.comparing(ProductValue::value, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(ProductValue::product));
        return result;
    }

    Indicators.Result tci(String exporter, String importer, int year, String classification) {
        requireData(year, classification);
        return Indicators.tci(
                byProduct(year, classification, exporter, "exports_usd"),
                byProduct(year, classification, importer, "imports_usd"));
    }

    Indicators.Result hhi(String country, int year, String classification, boolean normalised) {
        requireData(year, classification);
        Map<String, Double> exports = byProduct(year, classification, country, "exports_usd");
        return normalised ? Indicators.hhiNormalised(exports) : Indicators.hhi(exports);
    }

    /**
     * Concentration of a country's trade over partner markets (decision 0039): {@code Σ s²} over the shares of
     * each partner in its exports ({@code exports = true}) or imports, from the BACI year's exporter × importer
     * sums; normalised as for products. TRD-008 when no BACI year was imported.
     */
    Indicators.Result partnerHhi(String country, int year, boolean exports, boolean normalised) {
        boolean any = jdbc.sql("SELECT EXISTS (SELECT 1 FROM trade_country_partner WHERE year = :y)")
                .param("y", year)
                .query(Boolean.class)
                .single();
        if (!any) {
            throw new BusinessException(ErrorCode.TRD_008, year, "HS");
        }
        Map<String, Double> byPartner = new HashMap<>();
        String sql = exports
                ? "SELECT importer AS partner, value_usd FROM trade_country_partner WHERE year = :y AND exporter = :c"
                        + " AND importer <> :c"
                : "SELECT exporter AS partner, value_usd FROM trade_country_partner WHERE year = :y AND importer = :c"
                        + " AND exporter <> :c";
        jdbc.sql(sql).param("y", year).param("c", country).query(rs -> {
            byPartner.put(rs.getString("partner"), rs.getDouble("value_usd"));
        });
        return normalised ? Indicators.hhiNormalised(byPartner) : Indicators.hhi(byPartner);
    }

    /** Trade intensity of exporter i with partner j: x_ij from the BACI pair rows, the rest from the world table. */
    Indicators.Result tii(String exporter, String importer, int year) {
        requireData(year, "HS");
        double toPartner = jdbc.sql("""
				SELECT coalesce(sum(value_usd), 0) FROM trade_bilateral WHERE year = :y AND exporter = :i AND importer = :j""")
                .param("y", year)
                .param("i", exporter)
                .param("j", importer)
                .query(Double.class)
                .single();
        double exporterTotal = sum(year, "exports_usd", exporter);
        double worldToPartner = sum(year, "imports_usd", importer);
        double worldTotal = sum(year, "exports_usd", null);
        return Indicators.tii(toPartner, exporterTotal, worldToPartner, worldTotal);
    }

    /** Grubel–Lloyd of Viet Nam–Laos trade by HS6 product, and the trade-weighted aggregate. */
    record IntraIndustry(Indicators.Result aggregate, List<ProductValue> products) {}

    IntraIndustry grubelLloyd(int year) {
        Map<String, Double> vnToLa = bilateral(year, "VNM", "LAO");
        Map<String, Double> laToVn = bilateral(year, "LAO", "VNM");
        if (vnToLa.isEmpty() && laToVn.isEmpty()) {
            throw new BusinessException(ErrorCode.TRD_008, year, "HS");
        }
        List<ProductValue> products = new ArrayList<>();
        java.util.Set<String> all = new java.util.TreeSet<>(vnToLa.keySet());
        all.addAll(laToVn.keySet());
        for (String k : all) {
            Indicators.Result r = Indicators.grubelLloyd(vnToLa.getOrDefault(k, 0.0), laToVn.getOrDefault(k, 0.0));
            products.add(new ProductValue(k, r.value(), r.undefinedBecause()));
        }
        products.sort(Comparator.comparing(ProductValue::value, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(ProductValue::product));
        return new IntraIndustry(Indicators.grubelLloyd(vnToLa, laToVn), products);
    }

    /**
     * Export potential shortlist (decision 0024): products where the exporter has RCA above 1 and the importer
     * buys from the world, ranked by Trade Map's indicative potential {@code min(exporter's world exports,
     * importer's world imports) - actual bilateral exports}.
     */
    record Potential(
            String product,
            double rca,
            double exporterWorldExports,
            double importerWorldImports,
            double actual,
            double potential) {}

    List<Potential> exportPotential(String exporter, String importer, int year, int limit) {
        List<ProductValue> rca = rca(exporter, year, "HS");
        Map<String, Double> exports = byProduct(year, "HS", exporter, "exports_usd");
        Map<String, Double> imports = byProduct(year, "HS", importer, "imports_usd");
        Map<String, Double> actual = bilateral(year, exporter, importer);
        List<Potential> list = new ArrayList<>();
        for (ProductValue r : rca) {
            if (r.value() == null || r.value() <= 1) {
                continue;
            }
            double m = imports.getOrDefault(r.product(), 0.0);
            if (m <= 0) {
                continue;
            }
            double x = exports.getOrDefault(r.product(), 0.0);
            double a = actual.getOrDefault(r.product(), 0.0);
            double potential = Math.min(x, m) - a;
            if (potential > 0) {
                list.add(new Potential(r.product(), r.value(), x, m, a, potential));
            }
        }
        list.sort(Comparator.comparingDouble(Potential::potential).reversed());
        return list.size() > limit ? list.subList(0, limit) : list;
    }

    private void requireData(int year, String classification) {
        boolean any = jdbc.sql(
                        "SELECT EXISTS (SELECT 1 FROM trade_country_product WHERE year = :y AND classification = :c)")
                .param("y", year)
                .param("c", classification)
                .query(Boolean.class)
                .single();
        if (!any) {
            throw new BusinessException(ErrorCode.TRD_008, year, classification);
        }
    }

    private Map<String, Double> byProduct(int year, String classification, String country, String column) {
        if (country == null) {
            return world(year, classification, column);
        }
        // Straight from the arrays (V204), summing exact cents as bigint: through the trade_country_product view
        // every cell became a NUMERIC first, which made the indicators five times slower.
        String cents = cents(column);
        String sql = "SELECT c.product, (sum(c.v) / 100.0)::float8 FROM trade_country_year y"
                + " CROSS JOIN LATERAL unnest(y.products, y." + cents + ") AS c(product, v)"
                + " WHERE y.year = :y AND y.classification = :c"
                + " AND y.country = :country AND c.v IS NOT NULL GROUP BY c.product";
        Map<String, Double> values = new HashMap<>();
        jdbc.sql(sql)
                .param("y", year)
                .param("c", classification)
                .param("country", country)
                .query((rs, n) -> values.put(rs.getString(1), rs.getDouble(2)))
                .list();
        return values;
    }

    /** Every country's sum by product, from the world row the import wrote with them (V205). */
    private Map<String, Double> world(int year, String classification, String column) {
        String sql = "SELECT c.product, (c.v / 100.0)::float8 FROM trade_world_year y"
                + " CROSS JOIN LATERAL unnest(y.products, y." + cents(column) + ") AS c(product, v)"
                + " WHERE y.year = :y AND y.classification = :c AND c.v IS NOT NULL";
        Map<String, Double> values = new HashMap<>();
        jdbc.sql(sql)
                .param("y", year)
                .param("c", classification)
                .query((rs, n) -> values.put(rs.getString(1), rs.getDouble(2)))
                .list();
        return values;
    }

    private double sum(int year, String column, String country) {
        String cents = cents(column);
        var spec = jdbc.sql("SELECT (coalesce(sum(c.v), 0) / 100.0)::float8 FROM "
                        + (country == null ? "trade_world_year" : "trade_country_year") + " y"
                        + " CROSS JOIN LATERAL unnest(y." + cents + ") AS c(v)"
                        + " WHERE y.year = :y AND y.classification = 'HS'"
                        + (country == null ? "" : " AND y.country = :country"))
                .param("y", year);
        if (country != null) {
            spec = spec.param("country", country);
        }
        return spec.query(Double.class).single();
    }

    /** The array of cents behind a column of the trade_country_product view. */
    private static String cents(String column) {
        return switch (column) {
            case "exports_usd" -> "exports_cents";
            case "imports_usd" -> "imports_cents";
            default -> throw new IllegalArgumentException(column);
        };
    }

    private Map<String, Double> bilateral(int year, String exporter, String importer) {
        Map<String, Double> values = new HashMap<>();
        jdbc.sql(
                        "SELECT product, value_usd::float8 FROM trade_bilateral WHERE year = :y AND exporter = :i AND importer = :j")
                .param("y", year)
                .param("i", exporter)
                .param("j", importer)
                .query((rs, n) -> values.put(rs.getString(1), rs.getDouble(2)))
                .list();
        return values;
    }
}
