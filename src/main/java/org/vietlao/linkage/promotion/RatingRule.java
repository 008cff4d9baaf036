package org.vietlao.linkage.promotion;

import java.time.LocalDate;

/**
 * The export-ready rule of one country's rating scheme (decision 0066): OCOP in Viet Nam, ODOP in Laos. A product
 * is export-ready while its rating is valid and has at least {@code minStarsExport} stars.
 *
 * @param country {@code VN} or {@code LA}
 * @param scheme {@code OCOP} or {@code ODOP}
 * @param minStarsExport stars from which a valid rating makes the product export-ready
 * @param validityMonths how long a rating holds when its certificate states no expiry
 */
record RatingRule(String country, String scheme, int minStarsExport, int validityMonths) {

    boolean exportReady(Rating rating, LocalDate day) {
        return rating.validOn(day) && rating.stars() >= minStarsExport;
    }

    /** The rating's expiry: as stated, else {@code validityMonths} after it was given. */
    LocalDate expiryOf(LocalDate ratedOn, LocalDate stated) {
        if (stated != null || ratedOn == null) {
            return stated;
        }
        return ratedOn.plusMonths(validityMonths);
    }
}
