package org.vietlao.linkage.enterprise;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Micro, small, medium or large, from the average number of employees and the yearly revenue in the country's
 * currency. An enterprise is in the smallest class whose limits hold for every figure it gave (Decree
 * 80/2021/ND-CP asks this of employees and revenue in Viet Nam; Laos's Decree 25/GOL of 2017 is satisfied by one
 * figure alone, but the registry applies the stricter reading on both sides so that a large employer is never
 * listed as micro). Limits and sources: {@code docs/enterprise.md}.
 */
enum SizeClass {
    MICRO,
    SMALL,
    MEDIUM,
    LARGE;

    /** Upper limits (inclusive) of micro, small and medium: employees, then revenue. */
    private record Limits(int[] employees, long[] revenue) {}

    /** Viet Nam, agriculture, forestry, fishery, industry and construction (ISIC sections A to F); VND. */
    private static final Limits VN_PRODUCTION =
            new Limits(new int[] {10, 100, 200}, new long[] {3_000_000_000L, 50_000_000_000L, 200_000_000_000L});

    /** Viet Nam, trade and services (ISIC sections G to U); VND. */
    private static final Limits VN_TRADE_AND_SERVICES =
            new Limits(new int[] {10, 50, 100}, new long[] {10_000_000_000L, 100_000_000_000L, 300_000_000_000L});

    /**
     * Laos; LAK. Micro up to 5 employees is Decree 25/GOL's; 50 and 99 employees and the revenue limits are the
     * registry's own simplification (see docs/enterprise.md).
     */
    private static final Limits LA =
            new Limits(new int[] {5, 50, 99}, new long[] {1_000_000_000L, 10_000_000_000L, 100_000_000_000L});

    /**
     * The class for the figures given, or empty when neither is.
     *
     * @param country {@code VN} or {@code LA}
     * @param isicSection the ISIC section letter of the enterprise's sector ({@code C} for manufacturing)
     */
    static Optional<SizeClass> of(String country, char isicSection, Integer employees, BigDecimal revenue) {
        if (employees == null && revenue == null) {
            return Optional.empty();
        }
        Limits limits = "LA".equals(country) ? LA : isicSection <= 'F' ? VN_PRODUCTION : VN_TRADE_AND_SERVICES;
        for (int i = 0; i < 3; i++) {
            boolean employeesFit = employees == null || employees <= limits.employees()[i];
            boolean revenueFit = revenue == null || revenue.compareTo(BigDecimal.valueOf(limits.revenue()[i])) <= 0;
            if (employeesFit && revenueFit) {
                return Optional.of(values()[i]);
            }
        }
        return Optional.of(LARGE);
    }
}
