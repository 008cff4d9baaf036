package org.vietlao.linkage.reference;

/**
 * One code of the HS 2022 nomenclature as the platform knows it: a chapter (level 2), heading (4), subheading
 * (6) or one of Vietnam's national tariff lines (8, {@code national}).
 *
 * @param code the digits, such as {@code 071410}
 * @param level 2, 4, 6 or 8
 * @param parent the code one level up; {@code null} for a chapter
 * @param section the Roman number of the HS section, such as {@code II}; {@code null} for chapter 99
 * @param national whether the code is a national line of Vietnam's tariff rather than an HS code
 * @param descriptionEn the English description; {@code null} for national lines
 * @param descriptionVi the Vietnamese description; {@code null} where the tariff has none (chapters)
 * @param descriptionLo the Lao description: chapters only, the platform's own translation (V207, decision 0100)
 */
public record HsEntry(
        String code,
        int level,
        String parent,
        String section,
        boolean national,
        String descriptionEn,
        String descriptionVi,
        String descriptionLo) {}
