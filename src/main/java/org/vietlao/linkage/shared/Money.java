package org.vietlao.linkage.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;

/**
 * An amount of money in one ISO 4217 currency, as a {@link BigDecimal} (never a double). The amount keeps the
 * scale it was given; {@link #rounded()} rounds it to the currency's minor unit (VND 0 decimals, LAK and USD 2)
 * half-even, the rule every conversion and total uses before it is shown (decision 0011).
 *
 * @param amount the amount, any sign
 * @param currency the ISO 4217 alphabetic code, such as {@code LAK}
 */
public record Money(BigDecimal amount, String currency) {

    /** How amounts are rounded to a currency's minor unit. */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;

    /** Longest amount accepted on input, in characters; longer input is refused rather than parsed. */
    static final int MAX_INPUT = 40;

    public Money {
        if (amount == null) {
            throw new IllegalArgumentException("amount missing");
        }
        currency = knownCurrency(currency);
        if (currency == null) {
            throw new IllegalArgumentException("not an ISO 4217 currency");
        }
    }

    public static Money of(BigDecimal amount, String currency) {
        return new Money(amount, currency);
    }

    /**
     * Money from input: a plain decimal ("1500000", "12.50"; no exponent, no thousands separators) and a
     * currency code in any case. Fails with REF-010 naming the offending field ({@code amount} or
     * {@code currency}).
     */
    public static Money parse(String amount, String currency) {
        String code = currency(currency, "currency");
        String text = amount == null ? "" : amount.strip();
        if (text.isEmpty() || text.length() > MAX_INPUT || !plainDecimal(text)) {
            throw BusinessException.onField(ErrorCode.REF_010, "amount", HsCode.echoed(text));
        }
        return new Money(new BigDecimal(text), code);
    }

    /** An ISO 4217 code from input in any case, upper-cased; fails with REF-010 naming {@code field}. */
    public static String currency(String input, String field) {
        String code = knownCurrency(input);
        if (code == null) {
            throw BusinessException.onField(ErrorCode.REF_010, field, HsCode.echoed(input == null ? "" : input));
        }
        return code;
    }

    /** Digits after the decimal point in this currency (VND 0, LAK 2, USD 2). */
    public int minorUnit() {
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        return Math.max(digits, 0);
    }

    /** The amount rounded to the currency's minor unit, half-even. */
    public Money rounded() {
        return new Money(amount.setScale(minorUnit(), ROUNDING), currency);
    }

    public boolean isIn(String currencyCode) {
        return currency.equalsIgnoreCase(currencyCode);
    }

    /** The sum of two amounts in the same currency; adding different currencies is a programming error. */
    public Money plus(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException(currency + " + " + other.currency);
        }
        return new Money(amount.add(other.amount), currency);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }

    /** The upper-case code if it is an ISO 4217 currency the JDK knows, else {@code null}. */
    static String knownCurrency(String code) {
        if (code == null) {
            return null;
        }
        String upper = code.strip().toUpperCase(Locale.ROOT);
        if (upper.length() != 3) {
            return null;
        }
        try {
            return Currency.getInstance(upper).getCurrencyCode();
        } catch (IllegalArgumentException ex) {
            return null;
        }
    }

    private static boolean plainDecimal(String text) {
        int start = text.charAt(0) == '-' || text.charAt(0) == '+' ? 1 : 0;
        boolean digit = false;
        boolean point = false;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                return false;
            }
        }
        return digit;
    }
}
