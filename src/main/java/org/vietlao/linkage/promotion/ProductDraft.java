package org.vietlao.linkage.promotion;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A branded product as its producer (or an analyst) sends it.
 *
 * @param enterpriseId the registry enterprise that makes it
 * @param hsCode one of the enterprise's offers
 * @param category FOOD, DRINK, HERBAL, HANDICRAFT, TEXTILE or OTHER
 * @param brand the brand in up to three languages
 * @param name the product's name in up to three languages
 * @param rating the OCOP or ODOP rating, if any
 * @param certifications other certifications (VietGAP, organic, halal), at most 10
 * @param packSizes pack sizes as sold ("500 g", "24 x 330 ml"), at most 10
 * @param priceMin lowest price per pack
 * @param priceMax highest price per pack
 * @param currency ISO 4217 code of the prices
 */
record ProductDraft(
        @Schema(example = "12") Long enterpriseId,
        @Schema(example = "090111") @Size(max = 12) String hsCode,
        @Schema(example = "DRINK") @Size(max = 40) String category,
        Texts brand,
        Texts name,
        RatingInput rating,
        List<@Size(max = 60) String> certifications,
        List<@Size(max = 60) String> packSizes,
        @Schema(example = "45000") BigDecimal priceMin,
        @Schema(example = "120000") BigDecimal priceMax,
        @Schema(example = "LAK") @Size(max = 3) String currency) {

    /** A text in English, Vietnamese and Lao; at least one is needed. */
    record Texts(
            @Size(max = 200) String en,
            @Size(max = 200) String vi,
            @Size(max = 200) String lo) {}

    /**
     * A rating as its certificate states it.
     *
     * @param stars 1 to 5
     * @param certificateNumber the certificate's number
     * @param level PROVINCE or NATIONAL
     * @param ratedOn day of the rating
     * @param expiresOn stated expiry; when missing, the country's validity after {@code ratedOn}
     */
    record RatingInput(
            @Schema(example = "4") Integer stars,

            @Schema(example = "ODOP-SVK-2025-017") @Size(max = 60)
            String certificateNumber,

            @Schema(example = "PROVINCE") @Size(max = 20) String level,
            @Schema(example = "2025-03-01") LocalDate ratedOn,
            LocalDate expiresOn) {}
}
