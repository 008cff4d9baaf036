package org.vietlao.linkage.promotion;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.vietlao.linkage.reference.CurrencyConverter;
import org.vietlao.linkage.shared.Money;

/**
 * The results of a programme and of each activity (decision 0069): new listings (accepted listings that name the
 * activity), contracts and MoUs reported, sales reported, the budget in the programme's currency and in US dollars
 * (through the one conversion service, at the rate of the activity's first day), new listings and contracts per
 * 10,000 US dollars of budget, and the products of each country newly sold in the other (their first accepted
 * listing came from the activity).
 */
@Service
class ProgrammeResults {

    static final BigDecimal PER_USD = BigDecimal.valueOf(10_000);

    private final JdbcClient jdbc;
    private final Programmes programmes;
    private final CurrencyConverter converter;

    ProgrammeResults(JdbcClient jdbc, Programmes programmes, CurrencyConverter converter) {
        this.jdbc = jdbc;
        this.programmes = programmes;
        this.converter = converter;
    }

    /**
     * One activity's results.
     *
     * @param budget in the programme's currency
     * @param budgetUsd in US dollars
     * @param sales reported sales in the programme's currency, {@code null} when none reported
     * @param listingsPer10kUsd new listings per 10,000 USD of budget; {@code null} for a budget of zero
     * @param contractsPer10kUsd contracts per 10,000 USD of budget; {@code null} for a budget of zero
     * @param newlySold products newly sold in the other country, by the producer's country
     */
    record ActivityResult(
            Programmes.Activity activity,
            Money budget,
            Money budgetUsd,
            int newListings,
            int contracts,
            int mous,
            Money sales,
            BigDecimal listingsPer10kUsd,
            BigDecimal contractsPer10kUsd,
            Map<String, Integer> newlySold) {}

    /**
     * A programme's results: its activities and their totals.
     *
     * @param rateSources the exchange rates used (currency, year, source), for the reader to check
     */
    record Result(
            Programmes.Programme programme,
            List<ActivityResult> activities,
            Money budget,
            Money budgetUsd,
            int newListings,
            int contracts,
            int mous,
            Money sales,
            BigDecimal listingsPer10kUsd,
            BigDecimal contractsPer10kUsd,
            Map<String, Integer> newlySold,
            List<String> rateSources) {}

    Result of(long programmeId) {
        Programmes.Programme programme = programmes.require(programmeId);
        String currency = programme.currency();
        List<ActivityResult> rows = new ArrayList<>();
        Set<String> sources = new LinkedHashSet<>();
        Money budget = Money.of(BigDecimal.ZERO, currency);
        Money budgetUsd = Money.of(BigDecimal.ZERO, "USD");
        Money sales = null;
        int listings = 0;
        int contracts = 0;
        int mous = 0;
        Map<String, Integer> newly = new java.util.TreeMap<>(Map.of("LA", 0, "VN", 0));
        for (Programmes.Activity activity : programmes.activities(programmeId)) {
            CurrencyConverter.Conversion inProgramme =
                    converter.convert(activity.budget(), currency, activity.startsOn());
            CurrencyConverter.Conversion inUsd = converter.toUsd(activity.budget(), activity.startsOn());
            inProgramme.rates().forEach(rate -> sources.add(source(rate)));
            inUsd.rates().forEach(rate -> sources.add(source(rate)));
            Money activitySales = null;
            if (activity.sales() != null) {
                CurrencyConverter.Conversion converted =
                        converter.convert(activity.sales(), currency, activity.endsOn());
                converted.rates().forEach(rate -> sources.add(source(rate)));
                activitySales = converted.to();
                sales = sales == null ? activitySales : sales.plus(activitySales);
            }
            int newListings = jdbc.sql(
                            "SELECT count(*) FROM promotion_listing WHERE activity_id = :id AND status = 'ACCEPTED'")
                    .param("id", activity.id())
                    .query(Integer.class)
                    .single();
            Map<String, Integer> sold = newlySold(activity.id());
            sold.forEach((country, count) -> newly.merge(country, count, Integer::sum));
            rows.add(new ActivityResult(
                    activity,
                    inProgramme.to(),
                    inUsd.to(),
                    newListings,
                    activity.contracts(),
                    activity.mous(),
                    activitySales,
                    per10k(newListings, inUsd.to()),
                    per10k(activity.contracts(), inUsd.to()),
                    sold));
            budget = budget.plus(inProgramme.to());
            budgetUsd = budgetUsd.plus(inUsd.to());
            listings += newListings;
            contracts += activity.contracts();
            mous += activity.mous();
        }
        return new Result(
                programme,
                rows,
                budget.rounded(),
                budgetUsd.rounded(),
                listings,
                contracts,
                mous,
                sales == null ? null : sales.rounded(),
                per10k(listings, budgetUsd),
                per10k(contracts, budgetUsd),
                newly,
                List.copyOf(sources));
    }

    /** {@code count} per 10,000 USD of {@code budgetUsd}, two decimals; {@code null} for a budget of zero. */
    static BigDecimal per10k(int count, Money budgetUsd) {
        if (budgetUsd.amount().signum() == 0) {
            return null;
        }
        return BigDecimal.valueOf(count).multiply(PER_USD).divide(budgetUsd.amount(), 2, RoundingMode.HALF_EVEN);
    }

    /** Products whose first accepted listing (in the other country) came from this activity, by country. */
    private Map<String, Integer> newlySold(long activityId) {
        Map<String, Integer> counts = new java.util.TreeMap<>(Map.of("LA", 0, "VN", 0));
        jdbc.sql("""
				SELECT p.country, count(DISTINCT p.id) AS n FROM promotion_listing l
				JOIN promotion_product p ON p.id = l.product_id
				WHERE l.activity_id = :id AND l.status = 'ACCEPTED'
				  AND NOT EXISTS (SELECT 1 FROM promotion_listing e WHERE e.product_id = l.product_id
				    AND e.status = 'ACCEPTED' AND e.id <> l.id
				    AND (e.answered_at < l.answered_at OR (e.answered_at = l.answered_at AND e.id < l.id))
				    AND coalesce(e.activity_id, -1) <> :id)
				GROUP BY p.country""").param("id", activityId).query(rs -> {
            counts.put(rs.getString("country"), rs.getInt("n"));
        });
        return counts;
    }

    private static String source(CurrencyConverter.AppliedRate rate) {
        return rate.currency() + " " + rate.unitsPerUsd().stripTrailingZeros().toPlainString() + "/USD "
                + rate.validFrom().getYear() + (rate.earlierThanDate() ? "*" : "") + " (" + rate.source() + ")";
    }

    static String csvSafe(String text) {
        return text == null ? "" : text;
    }

    static List<String> countries(Map<String, Integer> map) {
        return map.keySet().stream().sorted().collect(Collectors.toList());
    }
}
