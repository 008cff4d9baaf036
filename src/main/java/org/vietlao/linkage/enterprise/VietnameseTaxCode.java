package org.vietlao.linkage.enterprise;

/**
 * The Vietnamese tax code (mã số thuế, MST), which is also an enterprise's registration number: ten digits, the
 * last a check digit over the first nine; a branch adds a three-digit suffix, written after a dash.
 *
 * <p>The check is reimplemented from python-stdnum's {@code stdnum/vn/mst.py} (LGPL-2.1, by Leandro Regueiro):
 * weights 31, 29, 23, 19, 17, 13, 7, 5, 3 over the first nine digits, check digit = 10 − (sum mod 11), where a
 * result of 10 can never be written and so is invalid; digits 3 to 9 (the sequence number) are never all zero,
 * and neither is a branch suffix. No code is copied from it.
 */
final class VietnameseTaxCode {

    private static final int[] WEIGHTS = {31, 29, 23, 19, 17, 13, 7, 5, 3};

    private VietnameseTaxCode() {}

    /**
     * The code written the standard way ({@code 0100233488}, {@code 0314409058-002}), or {@code null} when
     * {@code raw} is not a valid tax code. Spaces, dots and the dash before a branch suffix are accepted.
     */
    static String normalised(String raw) {
        if (raw == null) {
            return null;
        }
        String digits = raw.replace(" ", "").replace(".", "").replace("-", "");
        if (!digits.matches("\\d{10}|\\d{13}")) {
            return null;
        }
        if (digits.substring(2, 9).equals("0000000") || (digits.length() == 13 && digits.endsWith("000"))) {
            return null;
        }
        Integer check = checkDigit(digits.substring(0, 9));
        if (check == null || check != digits.charAt(9) - '0') {
            return null;
        }
        return digits.length() == 10 ? digits : digits.substring(0, 10) + "-" + digits.substring(10);
    }

    /** The check digit of nine digits, or {@code null} when the sum leaves no valid one. */
    static Integer checkDigit(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += WEIGHTS[i] * (nineDigits.charAt(i) - '0');
        }
        int check = 10 - sum % 11;
        return check == 10 ? null : check;
    }
}
