package org.vietlao.linkage.pilot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vietlao.linkage.pilot.mcda.InvalidInput;
import org.vietlao.linkage.pilot.mcda.InvalidInput.Kind;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;

/**
 * Maps the engine's refusals to the platform's error codes: the first violation gives the code, and every
 * violation becomes an entry of {@code errors[]} naming its cell or field.
 */
final class McdaErrors {

    private static final Map<Kind, ErrorCode> CODES = Map.ofEntries(
            Map.entry(Kind.EMPTY, ErrorCode.PIL_001),
            Map.entry(Kind.MISSING_VALUE, ErrorCode.PIL_002),
            Map.entry(Kind.NOT_SQUARE, ErrorCode.PIL_003),
            Map.entry(Kind.DIAGONAL_NOT_ONE, ErrorCode.PIL_004),
            Map.entry(Kind.NOT_RECIPROCAL, ErrorCode.PIL_005),
            Map.entry(Kind.OUT_OF_SCALE, ErrorCode.PIL_006),
            Map.entry(Kind.WEIGHTS_NOT_ONE, ErrorCode.PIL_007),
            Map.entry(Kind.NEGATIVE_WEIGHT, ErrorCode.PIL_008),
            Map.entry(Kind.SIZE_MISMATCH, ErrorCode.PIL_009),
            Map.entry(Kind.UNKNOWN_CRITERION_TYPE, ErrorCode.PIL_010),
            Map.entry(Kind.TOO_LARGE, ErrorCode.PIL_011),
            Map.entry(Kind.UNKNOWN_RI_TABLE, ErrorCode.PIL_012),
            Map.entry(Kind.UNKNOWN_METHOD, ErrorCode.PIL_013),
            Map.entry(Kind.ZERO_COLUMN, ErrorCode.PIL_014));

    private McdaErrors() {}

    static ErrorCode codeOf(Kind kind) {
        return CODES.get(kind);
    }

    static BusinessException toBusiness(InvalidInput invalid) {
        List<BusinessException.FieldError> errors = new ArrayList<>();
        for (InvalidInput.Violation violation : invalid.violations()) {
            ErrorCode code = codeOf(violation.kind());
            errors.add(new BusinessException.FieldError(
                    violation.field(), code.messageKey() + ".detail", arguments(violation)));
        }
        return new BusinessException(
                codeOf(invalid.kind()), errors, arguments(invalid.violations().get(0)));
    }

    /** The field first, then the violation's own values, as the messages number them. */
    private static Object[] arguments(InvalidInput.Violation violation) {
        Object[] args = new Object[violation.args().length + 1];
        args[0] = violation.field();
        System.arraycopy(violation.args(), 0, args, 1, violation.args().length);
        return args;
    }
}
