package org.vietlao.linkage.shared;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A country by its ISO 3166-1 alpha-2 code ({@code VN}, {@code LA}). Input may use alpha-2 or alpha-3
 * ({@code VNM}, {@code LAO}), in any case; the code keeps alpha-2. Unknown codes fail with REF-014.
 *
 * @param alpha2 the two-letter code, upper case
 */
public record CountryCode(String alpha2) {

    // Before the constants below: their constructor reads this set.
    private static final Set<String> ALPHA2 = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));
    private static final Map<String, String> ALPHA3_TO_ALPHA2 = alpha3ToAlpha2();

    public static final CountryCode VIET_NAM = new CountryCode("VN");
    public static final CountryCode LAOS = new CountryCode("LA");

    public CountryCode {
        if (alpha2 == null || !ALPHA2.contains(alpha2)) {
            throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 code: " + alpha2);
        }
    }

    /** The country of an alpha-2 or alpha-3 code. Fails with REF-014 naming {@code field}. */
    public static CountryCode parse(String input, String field) {
        String code = input == null ? "" : input.strip().toUpperCase(Locale.ROOT);
        if (ALPHA2.contains(code)) {
            return new CountryCode(code);
        }
        String alpha2 = ALPHA3_TO_ALPHA2.get(code);
        if (alpha2 != null) {
            return new CountryCode(alpha2);
        }
        throw BusinessException.onField(ErrorCode.REF_014, field, HsCode.echoed(input == null ? "" : input));
    }

    public static CountryCode parse(String input) {
        return parse(input, "country");
    }

    /** Viet Nam or Laos, the two countries whose enterprises, provinces and gates the platform keeps. */
    public boolean isPartner() {
        return equals(VIET_NAM) || equals(LAOS);
    }

    /** The three-letter code, such as {@code VNM}. */
    public String alpha3() {
        return new Locale("", alpha2).getISO3Country();
    }

    @Override
    public String toString() {
        return alpha2;
    }

    private static Map<String, String> alpha3ToAlpha2() {
        Map<String, String> map = new HashMap<>();
        for (String alpha2 : Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2)) {
            map.put(new Locale("", alpha2).getISO3Country(), alpha2);
        }
        return Map.copyOf(map);
    }
}
