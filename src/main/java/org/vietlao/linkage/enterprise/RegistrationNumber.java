package org.vietlao.linkage.enterprise;

import java.util.Locale;

/**
 * An enterprise's registration number, unique within its country.
 *
 * <ul>
 * <li>Viet Nam: the enterprise's tax code, checked by {@link VietnameseTaxCode}.</li>
 * <li>Laos: the number of the enterprise registration certificate, written {@code LA-} followed by 6 to 12
 * digits ({@code LA-0100234}). Lao numbers carry no public check digit, so only the form is checked; the
 * {@code LA-} prefix may be left out on input and is added.</li>
 * </ul>
 */
final class RegistrationNumber {

    static final int MAX_LENGTH = 30;

    private RegistrationNumber() {}

    /** The number written the platform's way, or {@code null} when it is not a valid number of {@code country}. */
    static String normalised(String country, String raw) {
        if (raw == null || raw.length() > MAX_LENGTH) {
            return null;
        }
        if ("VN".equals(country)) {
            return VietnameseTaxCode.normalised(raw.strip());
        }
        String digits = raw.strip().toUpperCase(Locale.ROOT).replace(" ", "").replace(".", "");
        if (digits.startsWith("LA-")) {
            digits = digits.substring(3);
        }
        return digits.matches("\\d{6,12}") ? "LA-" + digits : null;
    }
}
