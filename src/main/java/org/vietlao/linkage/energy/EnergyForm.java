package org.vietlao.linkage.energy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;

/**
 * What an energy page form posted, read into the API's request bodies so that the page and the API share one
 * normaliser and one service: every input is named as the API's field ({@code spec.tm}, {@code
 * formula.components[0].series}), so a refusal's field is the input it is shown next to. Text that does not read as
 * a number is noted as unreadable (and then also refused by the normaliser as missing: one message a field).
 */
final class EnergyForm {

    static final String UNREADABLE = "energy.form.unreadable";
    static final String INVALID = "energy.form.invalid";

    private final Map<String, String> values;
    private final List<BusinessException.FieldError> unreadable = new ArrayList<>();

    EnergyForm(Map<String, String> values) {
        this.values = values;
    }

    Map<String, String> values() {
        return values;
    }

    /** The text, cut one past {@code max} so that the normaliser still refuses what is too long. */
    String text(String name, int max) {
        String value = values.get(name);
        return value == null || value.length() <= max ? value : value.substring(0, max + 1);
    }

    BigDecimal number(String name) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip().replace(" ", "").replace(',', '.');
        if (v.length() > 30) {
            unreadable.add(new BusinessException.FieldError(name, UNREADABLE));
            return null;
        }
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException ex) {
            unreadable.add(new BusinessException.FieldError(name, UNREADABLE));
            return null;
        }
    }

    Integer integer(String name) {
        BigDecimal n = number(name);
        if (n == null) {
            return null;
        }
        try {
            return n.intValueExact();
        } catch (ArithmeticException ex) {
            unreadable.add(new BusinessException.FieldError(name, UNREADABLE));
            return null;
        }
    }

    Long id(String name) {
        BigDecimal n = number(name);
        if (n == null) {
            return null;
        }
        try {
            return n.longValueExact();
        } catch (ArithmeticException ex) {
            unreadable.add(new BusinessException.FieldError(name, UNREADABLE));
            return null;
        }
    }

    /** Refuses the form when some text did not read (after the normaliser found nothing else wrong). */
    void done(ErrorCode code) {
        if (!unreadable.isEmpty()) {
            throw new BusinessException(code, unreadable);
        }
    }

    /**
     * The refusal as a message per field in the reader's language: unreadable text first, then the rule the field
     * broke (with its arguments, e.g. the benchmark month missing, when the refusal names them).
     */
    Map<String, String> errors(BusinessException ex, MessageSource messages, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (BusinessException.FieldError e : unreadable) {
            errors.putIfAbsent(e.field(), messages.getMessage(UNREADABLE, null, UNREADABLE, locale));
        }
        for (BusinessException.FieldError e : ex.errors()) {
            if (errors.containsKey(e.field())) {
                continue;
            }
            String text = e.args() != null && e.args().length > 0
                    ? messages.getMessage(e.messageKey() + ".detail", e.args(), e.messageKey(), locale)
                    : messages.getMessage(
                            e.messageKey().equals(UNREADABLE) ? UNREADABLE : INVALID, null, INVALID, locale);
            errors.put(e.field(), text);
        }
        return errors;
    }

    /** The refusal's title and detail in the reader's language, shown above the form. */
    static String refusal(BusinessException ex, MessageSource messages, Locale locale) {
        ErrorCode code = ex.errorCode();
        String title = messages.getMessage(code.messageKey(), null, code.code(), locale);
        String detail = messages.getMessage(code.messageKey() + ".detail", ex.args(), "", locale);
        return title + ". " + detail + " (" + code.code() + ")";
    }
}
