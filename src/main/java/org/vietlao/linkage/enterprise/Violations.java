package org.vietlao.linkage.enterprise;

import java.util.ArrayList;
import java.util.List;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;

/**
 * The broken rules of one submission, each on its field, so that a caller hears of every problem at once.
 * Thrown as one {@link BusinessException}: with the code the violations share, or ENT-001 when they differ.
 */
final class Violations {

    /** One broken rule: the code it belongs to, the field, and the message key with its arguments. */
    record Violation(ErrorCode code, String field, String messageKey, Object... args) {

        BusinessException.FieldError asFieldError(String prefix) {
            return new BusinessException.FieldError(prefix + field, messageKey, args);
        }
    }

    private final List<Violation> found = new ArrayList<>();

    void add(ErrorCode code, String field, String messageKey, Object... args) {
        found.add(new Violation(code, field, messageKey, args));
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    List<Violation> all() {
        return List.copyOf(found);
    }

    void throwIfAny() {
        if (found.isEmpty()) {
            return;
        }
        ErrorCode first = found.get(0).code();
        ErrorCode code = found.stream().allMatch(v -> v.code() == first) ? first : ErrorCode.ENT_001;
        throw new BusinessException(
                code, found.stream().map(v -> v.asFieldError("")).toList());
    }
}
