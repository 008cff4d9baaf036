package org.vietlao.linkage.trade;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The complementarity indicators, as pure functions over value maps (product or partner to value, one year,
 * one classification). Formulas and sources in docs/indicators.md. A zero denominator gives an empty result
 * with the reason, never 0.
 */
final class Indicators {

    private Indicators() {}

    /** A value, or why there is none. */
    record Result(Double value, String undefinedBecause) {

        static Result of(double value) {
            return new Result(value, null);
        }

        static Result undefined(String because) {
            return new Result(null, because);
        }

        boolean defined() {
            return value != null;
        }
    }

    /**
     * Balassa's revealed comparative advantage {@code RCA_ik = (x_ik / X_i) / (x_wk / X_w)} (Balassa 1965; WITS).
     */
    static Result rca(double countryProduct, double countryTotal, double worldProduct, double worldTotal) {
        if (countryTotal <= 0) {
            return Result.undefined("country exports nothing");
        }
        if (worldProduct <= 0 || worldTotal <= 0) {
            return Result.undefined("no world exports of the product");
        }
        return Result.of((countryProduct / countryTotal) / (worldProduct / worldTotal));
    }

    /**
     * Michaely's trade complementarity index {@code TC_ij = 100·(1 - Σ_k |m_jk - x_ik| / 2)} with x_ik the share
     * of k in i's exports and m_jk its share in j's imports (WITS); both vectors over the union of products,
     * a missing product counting 0.
     */
    static Result tci(Map<String, Double> exportsOfI, Map<String, Double> importsOfJ) {
        double x = sum(exportsOfI);
        double m = sum(importsOfJ);
        if (x <= 0) {
            return Result.undefined("exporter exports nothing");
        }
        if (m <= 0) {
            return Result.undefined("importer imports nothing");
        }
        Set<String> products = new HashSet<>(exportsOfI.keySet());
        products.addAll(importsOfJ.keySet());
        double distance = 0;
        for (String k : products) {
            distance += Math.abs(importsOfJ.getOrDefault(k, 0.0) / m - exportsOfI.getOrDefault(k, 0.0) / x);
        }
        return Result.of(100 * (1 - distance / 2));
    }

    /** Trade intensity {@code TII_ij = (x_ij / X_i) / (x_wj / X_w)} (ESCAP APTIAD; World Bank). */
    static Result tii(double toPartner, double exporterTotal, double worldToPartner, double worldTotal) {
        if (exporterTotal <= 0) {
            return Result.undefined("exporter exports nothing");
        }
        if (worldToPartner <= 0 || worldTotal <= 0) {
            return Result.undefined("partner imports nothing");
        }
        return Result.of((toPartner / exporterTotal) / (worldToPartner / worldTotal));
    }

    /** Herfindahl–Hirschman index {@code Σ s²} over shares (WITS): near 0 diversified, 1 a single line. */
    static Result hhi(Map<String, Double> values) {
        double total = sum(values);
        if (total <= 0) {
            return Result.undefined("no trade");
        }
        double h = 0;
        for (double v : values.values()) {
            double s = v / total;
            h += s * s;
        }
        return Result.of(h);
    }

    /**
     * UNCTAD's normalised HHI {@code (sqrt(Σ s²) - sqrt(1/N)) / (1 - sqrt(1/N))} over the N products traded
     * (UNCTAD/STAT/IE/2019/2); undefined for one product.
     */
    static Result hhiNormalised(Map<String, Double> values) {
        long n = values.values().stream().filter(v -> v > 0).count();
        Result hhi = hhi(values);
        if (!hhi.defined()) {
            return hhi;
        }
        if (n < 2) {
            return Result.undefined("a single product");
        }
        double root = Math.sqrt(1.0 / n);
        return Result.of((Math.sqrt(hhi.value()) - root) / (1 - root));
    }

    /** Grubel–Lloyd {@code GL_k = 1 - |X_k - M_k| / (X_k + M_k)} (Grubel and Lloyd 1971). */
    static Result grubelLloyd(double exports, double imports) {
        if (exports + imports <= 0) {
            return Result.undefined("no trade in the product");
        }
        return Result.of(1 - Math.abs(exports - imports) / (exports + imports));
    }

    /** The trade-weighted aggregate {@code Σ (X_k+M_k)·GL_k / Σ (X_k+M_k)}. */
    static Result grubelLloyd(Map<String, Double> exports, Map<String, Double> imports) {
        Set<String> products = new HashSet<>(exports.keySet());
        products.addAll(imports.keySet());
        double weighted = 0;
        double total = 0;
        for (String k : products) {
            double x = exports.getOrDefault(k, 0.0);
            double m = imports.getOrDefault(k, 0.0);
            weighted += (x + m) - Math.abs(x - m);
            total += x + m;
        }
        return total > 0 ? Result.of(weighted / total) : Result.undefined("no trade");
    }

    static Optional<Double> share(double part, double whole) {
        return whole > 0 ? Optional.of(part / whole) : Optional.empty();
    }

    private static double sum(Map<String, Double> values) {
        double total = 0;
        for (double v : values.values()) {
            total += v;
        }
        return total;
    }
}
