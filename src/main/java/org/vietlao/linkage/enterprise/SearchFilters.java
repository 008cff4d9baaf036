package org.vietlao.linkage.enterprise;

import java.util.Locale;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.SearchText;

/**
 * Turns the search parameters of the API and the list page into a {@link Enterprises.Filter}: blank means any,
 * and a malformed value is refused with PLT-002 naming the parameter rather than silently matching nothing.
 */
final class SearchFilters {

    private SearchFilters() {}

    static Enterprises.Filter filter(
            String country, String province, String hs, String sector, String sizeClass, Boolean verified, String q) {
        String countryCode = upper(country);
        if (countryCode != null && !countryCode.equals("VN") && !countryCode.equals("LA")) {
            throw malformed("country");
        }
        String hsPrefix =
                Profile.text(hs) == null ? null : hs.strip().replace(".", "").replace(" ", "");
        if (hsPrefix != null && !hsPrefix.matches("\\d{2}|\\d{4}|\\d{6}|\\d{8}")) {
            throw malformed("hs");
        }
        String sectorCode = upper(sector);
        if (sectorCode != null && !sectorCode.matches("[A-U]|\\d{2,4}")) {
            throw malformed("sector");
        }
        String size = upper(sizeClass);
        if (size != null) {
            try {
                SizeClass.valueOf(size);
            } catch (IllegalArgumentException ex) {
                throw malformed("sizeClass");
            }
        }
        String text = Profile.text(q);
        if (text != null && SearchText.fold(text).isEmpty()) {
            text = null;
        }
        return new Enterprises.Filter(countryCode, Profile.text(province), hsPrefix, sectorCode, size, verified, text);
    }

    /** The order of a list; blank is by name, anything unknown is PLT-002 on {@code sort}. */
    static Enterprises.Sort sort(String sort) {
        String value = upper(sort);
        if (value == null) {
            return Enterprises.Sort.NAME;
        }
        try {
            return Enterprises.Sort.valueOf(value);
        } catch (IllegalArgumentException ex) {
            throw malformed("sort");
        }
    }

    private static String upper(String value) {
        String text = Profile.text(value);
        return text == null ? null : text.toUpperCase(Locale.ROOT);
    }

    private static BusinessException malformed(String parameter) {
        return BusinessException.onField(ErrorCode.PLT_002, parameter, parameter);
    }
}
