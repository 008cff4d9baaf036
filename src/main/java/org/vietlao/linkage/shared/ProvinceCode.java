package org.vietlao.linkage.shared;

import java.util.Locale;

/**
 * A province of Viet Nam or Laos by its code: the two-digit GSO code of a Vietnamese province ({@code 40}) or the
 * ISO 3166-2 code of a Lao one ({@code LA-SV}). The country follows from the form of the code. Vietnamese codes
 * were reused by the July 2025 merger, so a code names a province only together with a date (see the reference
 * module). Malformed codes fail with REF-012.
 *
 * @param country VN or LA
 * @param code the code as the reference data writes it
 */
public record ProvinceCode(CountryCode country, String code) {

    public ProvinceCode {
        if (country == null || code == null || !wellFormed(country, code)) {
            throw new IllegalArgumentException("not a province code of VN or LA: " + code);
        }
    }

    /** The province code from input ("40", "la-sv"); fails with REF-012 naming {@code field}. */
    public static ProvinceCode parse(String input, String field) {
        String code = input == null ? "" : input.strip().toUpperCase(Locale.ROOT);
        CountryCode country = code.startsWith("LA-") ? CountryCode.LAOS : CountryCode.VIET_NAM;
        if (!wellFormed(country, code)) {
            throw BusinessException.onField(ErrorCode.REF_012, field, HsCode.echoed(input == null ? "" : input));
        }
        return new ProvinceCode(country, code);
    }

    public static ProvinceCode parse(String input) {
        return parse(input, "province");
    }

    @Override
    public String toString() {
        return code;
    }

    private static boolean wellFormed(CountryCode country, String code) {
        if (country.equals(CountryCode.VIET_NAM)) {
            return code.length() == 2 && Character.isDigit(code.charAt(0)) && Character.isDigit(code.charAt(1));
        }
        if (country.equals(CountryCode.LAOS)) {
            return code.length() == 5
                    && code.startsWith("LA-")
                    && Character.isUpperCase(code.charAt(3))
                    && Character.isUpperCase(code.charAt(4))
                    && code.charAt(3) <= 'Z'
                    && code.charAt(4) <= 'Z';
        }
        return false;
    }
}
