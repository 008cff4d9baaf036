package org.vietlao.linkage.platform;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.Size;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.validation.ObjectError;
import org.vietlao.linkage.shared.BusinessException;

/**
 * Recognises, among Bean Validation's complaints, a text longer than its {@code @Size(max = ...)}: the one a
 * caller fixes by cutting the text, answered with {@code PLT-013} and the limit (decision 0007).
 */
final class TextLimits {

    private TextLimits() {}

    /** A text over its field's limit. */
    record TooLong(String field, int max) {

        BusinessException.FieldError asFieldError() {
            return new BusinessException.FieldError(field, "validation.TooLong", max);
        }
    }

    /** The text at {@code field} when {@code error} says it is longer than its {@code @Size}; else null. */
    static TooLong tooLong(String field, Object value, MessageSourceResolvable error) {
        if (!(value instanceof CharSequence text)) {
            return null;
        }
        Integer max = sizeMax(error);
        return max != null && text.length() > max ? new TooLong(field, max) : null;
    }

    private static Integer sizeMax(MessageSourceResolvable error) {
        if (error instanceof ObjectError objectError && objectError.contains(ConstraintViolation.class)) {
            ConstraintViolation<?> violation = objectError.unwrap(ConstraintViolation.class);
            if (violation.getConstraintDescriptor().getAnnotation() instanceof Size size) {
                return size.max();
            }
            return null;
        }
        // Spring lists a constraint's attributes after the field's own name, by attribute name: max, then min.
        String[] codes = error.getCodes();
        Object[] arguments = error.getArguments();
        if (codes != null
                && codes.length > 0
                && codes[codes.length - 1].equals("Size")
                && arguments != null
                && arguments.length >= 3
                && arguments[1] instanceof Integer max) {
            return max;
        }
        return null;
    }
}
