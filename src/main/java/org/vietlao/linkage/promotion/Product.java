package org.vietlao.linkage.promotion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vietlao.linkage.shared.LocalizedText;

/**
 * A branded product as the catalogue shows it.
 *
 * @param id its id
 * @param enterpriseId the registry enterprise that makes it
 * @param country {@code VN} or {@code LA}, the enterprise's
 * @param provinceCode the enterprise's province when the product was saved
 * @param hsCode from the enterprise's offer
 * @param category the product group
 * @param brand the brand
 * @param name the product's name
 * @param rating the rating with its state today
 * @param exportReady whether the country's rule makes it export-ready today
 * @param certifications other certifications
 * @param packSizes pack sizes
 * @param priceMin lowest price per pack
 * @param priceMax highest price per pack
 * @param currency currency of the prices
 * @param photos ids of its photos, in order
 * @param demo whether it is demo data
 * @param version for optimistic locking
 */
record Product(
        long id,
        long enterpriseId,
        String country,
        String provinceCode,
        String hsCode,
        Category category,
        LocalizedText brand,
        LocalizedText name,
        RatingView rating,
        boolean exportReady,
        List<String> certifications,
        List<String> packSizes,
        BigDecimal priceMin,
        BigDecimal priceMax,
        String currency,
        List<Long> photos,
        boolean demo,
        int version) {

    /**
     * The rating and what it counts for today.
     *
     * @param scheme OCOP or ODOP
     * @param stars 1 to 5, {@code null} when unrated
     * @param certificateNumber the certificate
     * @param level PROVINCE or NATIONAL
     * @param ratedOn when given
     * @param expiresOn first day it no longer holds
     * @param state VALID, EXPIRED or NONE
     */
    record RatingView(
            String scheme,
            Integer stars,
            String certificateNumber,
            String level,
            LocalDate ratedOn,
            LocalDate expiresOn,
            String state) {}

    /** The record's state for the audit log. */
    Map<String, Object> auditValues() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("enterpriseId", enterpriseId);
        values.put("hsCode", hsCode);
        values.put("category", category);
        values.put("brand", brand.asMap());
        values.put("name", name.asMap());
        values.put("ratingStars", rating.stars());
        values.put("certificateNumber", rating.certificateNumber());
        values.put("ratingLevel", rating.level());
        values.put("ratedOn", rating.ratedOn());
        values.put("ratingExpiresOn", rating.expiresOn());
        values.put("certifications", certifications);
        values.put("packSizes", packSizes);
        values.put("priceMin", priceMin);
        values.put("priceMax", priceMax);
        values.put("currency", currency);
        return values;
    }
}
