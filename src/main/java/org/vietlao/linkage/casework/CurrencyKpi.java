package org.vietlao.linkage.casework;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.vietlao.linkage.reference.CurrencyConverter;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.CurrencyRecords;

/**
 * The local-currency KPI (issue 15, decision 0051): of the transactions every module records (each
 * {@link CurrencyRecords} bean), the share settled in dong or kip rather than in dollars, baht or yuan, by number
 * and by value (in US dollars through the platform's one converter, daily rates first), by month, flow, gate and
 * module, with the monthly trend the joint statement's aim asks to rise.
 */
@Service
class CurrencyKpi {

    static final Set<String> LOCAL = Set.of("VND", "LAK");

    private final List<CurrencyRecords> records;
    private final CurrencyConverter converter;

    CurrencyKpi(List<CurrencyRecords> records, CurrencyConverter converter) {
        this.records = records;
        this.converter = converter;
    }

    /**
     * A share of local currency.
     *
     * @param transactions how many were recorded
     * @param local how many in VND or LAK
     * @param countShare local / transactions, in per cent to one decimal ({@code null} for none)
     * @param valueUsd their value in US dollars (those that could be converted)
     * @param localValueUsd the value of those in VND or LAK
     * @param valueShare localValueUsd / valueUsd in per cent
     * @param unconverted how many had no rate and are left out of the values
     */
    record Share(
            long transactions,
            long local,
            BigDecimal countShare,
            BigDecimal valueUsd,
            BigDecimal localValueUsd,
            BigDecimal valueShare,
            long unconverted) {}

    /**
     * @param trendPointsPerMonth the slope of the monthly value share, in percentage points a month (least squares
     *     over the months with transactions); {@code null} with fewer than two such months
     * @param rising whether that trend goes the way the aim asks
     * @param ratesUsed how many conversions used a daily, monthly or yearly rate
     * @param demoRatesUsed how many rates used are demo values (their source says "(demo)"; decision 0077)
     */
    record Kpi(
            LocalDate from,
            LocalDate to,
            List<String> modules,
            Share total,
            Map<String, Share> byMonth,
            Map<String, Share> byFlow,
            Map<String, Share> byGate,
            Map<String, Share> byModule,
            Map<String, Share> byCurrency,
            BigDecimal trendPointsPerMonth,
            Boolean rising,
            Map<String, Long> ratesUsed,
            long demoRatesUsed) {}

    private record Row(String module, CurrencyRecords.Transaction t, BigDecimal usd) {}

    Kpi compute(LocalDate from, LocalDate to) {
        List<Row> rows = new ArrayList<>();
        Map<String, Long> ratesUsed = new TreeMap<>();
        long[] demoRates = {0};
        List<String> modules = new ArrayList<>();
        for (CurrencyRecords source : records) {
            modules.add(source.module());
            for (CurrencyRecords.Transaction t : source.transactions(from, to)) {
                BigDecimal usd = null;
                try {
                    CurrencyConverter.Conversion c = converter.toUsd(t.amount(), t.date());
                    usd = c.to().amount();
                    c.rates().forEach(r -> ratesUsed.merge(r.basis().name(), 1L, Long::sum));
                    demoRates[0] += c.rates().stream()
                            .filter(r -> r.source() != null && r.source().contains("(demo)"))
                            .count();
                } catch (BusinessException ex) {
                    ratesUsed.merge("NONE", 1L, Long::sum);
                }
                rows.add(new Row(source.module(), t, usd));
            }
        }
        modules.sort(String::compareTo);
        Map<String, Share> byMonth =
                group(rows, r -> YearMonth.from(r.t().date()).toString());
        List<BigDecimal> monthly = byMonth.values().stream()
                .map(Share::valueShare)
                .filter(java.util.Objects::nonNull)
                .toList();
        BigDecimal slope = slope(monthly);
        return new Kpi(
                from,
                to,
                modules,
                share(rows),
                byMonth,
                group(rows, r -> r.t().flow().name()),
                group(rows, r -> r.t().gate() == null ? "-" : r.t().gate().value()),
                group(rows, Row::module),
                group(rows, r -> r.t().amount().currency()),
                slope,
                slope == null ? null : slope.signum() > 0,
                ratesUsed,
                demoRates[0]);
    }

    private static Map<String, Share> group(List<Row> rows, Function<Row, String> key) {
        Map<String, List<Row>> groups = new TreeMap<>();
        rows.forEach(r ->
                groups.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r));
        Map<String, Share> shares = new TreeMap<>();
        groups.forEach((k, v) -> shares.put(k, share(v)));
        return shares;
    }

    static Share share(List<Row> rows) {
        long local = 0;
        long unconverted = 0;
        BigDecimal value = BigDecimal.ZERO;
        BigDecimal localValue = BigDecimal.ZERO;
        for (Row r : rows) {
            boolean isLocal = LOCAL.contains(r.t().amount().currency());
            if (isLocal) {
                local++;
            }
            if (r.usd() == null) {
                unconverted++;
                continue;
            }
            value = value.add(r.usd());
            if (isLocal) {
                localValue = localValue.add(r.usd());
            }
        }
        return new Share(
                rows.size(),
                local,
                percent(BigDecimal.valueOf(local), BigDecimal.valueOf(rows.size())),
                value.setScale(2, RoundingMode.HALF_EVEN),
                localValue.setScale(2, RoundingMode.HALF_EVEN),
                percent(localValue, value),
                unconverted);
    }

    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return null;
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_EVEN);
    }

    /** Least-squares slope of the values against 0, 1, 2...; {@code null} with fewer than two values. */
    static BigDecimal slope(List<BigDecimal> values) {
        int n = values.size();
        if (n < 2) {
            return null;
        }
        double meanX = (n - 1) / 2.0;
        double meanY =
                values.stream().mapToDouble(BigDecimal::doubleValue).average().orElse(0);
        double num = 0;
        double den = 0;
        for (int i = 0; i < n; i++) {
            num += (i - meanX) * (values.get(i).doubleValue() - meanY);
            den += (i - meanX) * (i - meanX);
        }
        return BigDecimal.valueOf(num / den).setScale(2, RoundingMode.HALF_EVEN);
    }
}
