package org.vietlao.linkage.shared;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A rule said no. Carries a stable {@link ErrorCode}, the offending fields and the arguments of the
 * translated message; mapped to RFC 9457 problem details at the edge.
 */
public class BusinessException extends RuntimeException {

    private final ErrorCode errorCode;
    private final List<FieldError> errors;
    private final Object[] args;

    public BusinessException(ErrorCode errorCode, Object... args) {
        this(errorCode, List.of(), args);
    }

    public BusinessException(ErrorCode errorCode, List<FieldError> errors, Object... args) {
        super(errorCode.code(), null, false, false);
        this.errorCode = errorCode;
        this.errors = List.copyOf(errors);
        this.args = args == null ? new Object[0] : args.clone();
    }

    /** Shorthand for a rule broken by one field: the field is named in {@code errors[]}. */
    public static BusinessException onField(ErrorCode errorCode, String field, Object... args) {
        return new BusinessException(errorCode, List.of(new FieldError(field, errorCode.messageKey(), args)), args);
    }

    public ErrorCode errorCode() {
        return errorCode;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Object[] args() {
        return args.clone();
    }

    /**
     * How long the caller should wait before trying again, for a refusal that lifts by itself (too many
     * attempts); sent as the {@code Retry-After} header. Empty for every other refusal.
     */
    public Optional<Duration> retryAfter() {
        return Optional.empty();
    }

    /** A refusal that lifts at a known time: answered with {@code Retry-After} in whole seconds. */
    public static BusinessException until(ErrorCode errorCode, Duration wait, Object... args) {
        Duration atLeastOneSecond = wait.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : wait;
        return new BusinessException(errorCode, args) {
            @Override
            public Optional<Duration> retryAfter() {
                return Optional.of(atLeastOneSecond);
            }
        };
    }

    /**
     * One offending field: its name, the message key explaining it and the key's arguments.
     */
    public record FieldError(String field, String messageKey, Object... args) {}
}
