package org.vietlao.linkage.promotion;

import java.time.LocalDate;

/**
 * A product's OCOP (Viet Nam) or ODOP (Laos) rating as its certificate states it.
 *
 * @param stars 1 to 5; {@code null} for an unrated product
 * @param certificateNumber the certificate's number
 * @param level who issued it: {@code PROVINCE} or {@code NATIONAL}
 * @param ratedOn the day of the rating
 * @param expiresOn the first day it no longer holds (the rule's validity after {@code ratedOn} when the
 *     certificate states none)
 */
record Rating(Integer stars, String certificateNumber, String level, LocalDate ratedOn, LocalDate expiresOn) {

    static final Rating NONE = new Rating(null, null, null, null, null);

    boolean isRated() {
        return stars != null;
    }

    /** A rating counts from the day it was given until the day before it expires. */
    boolean validOn(LocalDate day) {
        return isRated() && ratedOn != null && !day.isBefore(ratedOn) && (expiresOn == null || day.isBefore(expiresOn));
    }

    /** Rated, but no longer (or not yet) valid on {@code day}: shown as expired, it stops counting. */
    boolean expiredOn(LocalDate day) {
        return isRated() && !validOn(day);
    }
}
