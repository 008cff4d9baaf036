package org.vietlao.linkage.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageConversionException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.HttpMessageNotWritableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;

/**
 * Every error an API caller can meet, as problem+json with a stable code. Unexpected failures are logged
 * with their stack trace here and reach the client only as {@code PLT-008}.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final Problems problems;
    private final UploadLimits limits;

    ApiExceptionHandler(Problems problems, UploadLimits limits) {
        this.problems = problems;
        this.limits = limits;
    }

    @ExceptionHandler(BusinessException.class)
    ResponseEntity<ProblemDetail> business(BusinessException ex, HttpServletRequest request) {
        ProblemDetail problem = problems.of(ex, request);
        return ex.retryAfter()
                .<ResponseEntity<ProblemDetail>>map(wait -> ResponseEntity.status(problem.getStatus())
                        .contentType(Problems.PROBLEM_JSON)
                        .header(
                                HttpHeaders.RETRY_AFTER,
                                Long.toString(wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0)))
                        .body(problem))
                .orElseGet(() -> respond(problem));
    }

    // BindException covers @Valid bodies (MethodArgumentNotValidException) and the bodies a handler validates
    // itself after its access check (shared.RequestValidation, decision 0009): one answer for both.
    @ExceptionHandler(BindException.class)
    ResponseEntity<ProblemDetail> invalid(BindException ex, HttpServletRequest request) {
        List<BusinessException.FieldError> errors = new ArrayList<>();
        List<TextLimits.TooLong> tooLong = new ArrayList<>();
        // Sorted by field, so that the same body always gets the same answer (the validator's order is not fixed).
        ex.getBindingResult().getFieldErrors().stream()
                .sorted(Comparator.comparing(FieldError::getField))
                .forEach(error -> {
                    TextLimits.TooLong longer = TextLimits.tooLong(error.getField(), error.getRejectedValue(), error);
                    if (longer != null) {
                        tooLong.add(longer);
                        errors.add(longer.asFieldError());
                    } else {
                        errors.add(new BusinessException.FieldError(
                                error.getField(),
                                "validation." + error.getCode(),
                                validationArgs(error.getArguments())));
                    }
                });
        ex.getBindingResult()
                .getGlobalErrors()
                .forEach(error -> errors.add(new BusinessException.FieldError(
                        error.getObjectName(), "validation." + error.getCode(), validationArgs(error.getArguments()))));
        return respond(validationProblem(errors, tooLong, request));
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException ex, HttpServletRequest request) {
        List<BusinessException.FieldError> errors = new ArrayList<>();
        List<TextLimits.TooLong> tooLong = new ArrayList<>();
        ex.getParameterValidationResults()
                .forEach(result -> result.getResolvableErrors().forEach(error -> {
                    String name = result.getMethodParameter().getParameterName();
                    TextLimits.TooLong longer = TextLimits.tooLong(name, result.getArgument(), error);
                    if (longer != null) {
                        tooLong.add(longer);
                        errors.add(longer.asFieldError());
                    } else {
                        errors.add(new BusinessException.FieldError(
                                name,
                                "validation." + lastCode(error.getCodes()),
                                validationArgs(error.getArguments())));
                    }
                }));
        return respond(validationProblem(errors, tooLong, request));
    }

    /**
     * Only texts longer than their field: 422 {@code PLT-013} naming the first field and its limit; anything
     * else broken too: 400 {@code PLT-003} listing every field (a too-long text still says its limit).
     */
    private ProblemDetail validationProblem(
            List<BusinessException.FieldError> errors, List<TextLimits.TooLong> tooLong, HttpServletRequest request) {
        if (!tooLong.isEmpty() && tooLong.size() == errors.size()) {
            TextLimits.TooLong first = tooLong.get(0);
            return problems.of(ErrorCode.PLT_013, errors, request, first.field(), first.max());
        }
        return problems.of(ErrorCode.PLT_003, errors, request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraint(ConstraintViolationException ex, HttpServletRequest request) {
        List<BusinessException.FieldError> errors = ex.getConstraintViolations().stream()
                .map(v -> new BusinessException.FieldError(String.valueOf(v.getPropertyPath()), "validation.Invalid"))
                .toList();
        return respond(problems.of(ErrorCode.PLT_003, errors, request));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex, HttpServletRequest request) {
        if (causedByTooLargeBody(ex)) {
            return respond(problems.of(ErrorCode.PLT_004, List.of(), request, limits.body()));
        }
        return respond(unreadableJson(ex, request));
    }

    /**
     * A JSON body Jackson could not turn into the record for a reason of its own definition, such as a creator
     * property met twice: still the caller's input, so a 400 like any unreadable body. Writing an answer that
     * fails is the platform's fault and stays a 500.
     */
    @ExceptionHandler(HttpMessageConversionException.class)
    ResponseEntity<ProblemDetail> unconvertible(HttpMessageConversionException ex, HttpServletRequest request) {
        if (!(ex instanceof HttpMessageNotWritableException) && JsonErrors.isReadingFailure(ex)) {
            log.warn(
                    "Body of {} {} not convertible: {}", request.getMethod(), request.getRequestURI(), ex.getMessage());
            return respond(unreadableJson(ex, request));
        }
        return unexpected(ex, request);
    }

    private ProblemDetail unreadableJson(Exception ex, HttpServletRequest request) {
        JsonErrors.Failure failure = JsonErrors.of(ex);
        String field = failure.field();
        return switch (failure.kind()) {
            case REPEATED_KEY ->
                problems.of(
                        ErrorCode.PLT_011,
                        List.of(new BusinessException.FieldError(field, "validation.Repeated")),
                        request,
                        field);
            case FORBIDDEN_CHARACTER ->
                problems.of(
                        ErrorCode.PLT_012,
                        List.of(new BusinessException.FieldError(
                                field, "validation.ForbiddenCharacter", failure.character())),
                        request,
                        field,
                        failure.character());
            case BUSINESS -> {
                BusinessException business = failure.business();
                List<BusinessException.FieldError> errors = business.errors().isEmpty() && field != null
                        ? List.of(new BusinessException.FieldError(
                                field, business.errorCode().messageKey()))
                        : business.errors();
                yield problems.of(business.errorCode(), errors, request, business.args());
            }
            // Well-formed JSON with a field of the wrong type or an unknown enum value names that field.
            case WRONG_VALUE ->
                problems.of(
                        ErrorCode.PLT_002,
                        List.of(new BusinessException.FieldError(field, "validation.Unreadable")),
                        request,
                        field);
            case MALFORMED -> problems.of(ErrorCode.PLT_001, List.of(), request);
        };
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
        return respond(problems.of(
                ErrorCode.PLT_002,
                List.of(new BusinessException.FieldError(ex.getName(), "validation.TypeMismatch")),
                request,
                ex.getName()));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException ex, HttpServletRequest request) {
        return respond(problems.of(
                ErrorCode.PLT_003,
                List.of(new BusinessException.FieldError(ex.getParameterName(), "validation.NotNull")),
                request));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> uploadTooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request) {
        String limit = limits.of(request);
        return respond(problems.of(
                ErrorCode.PLT_004,
                List.of(new BusinessException.FieldError("file", ErrorCode.PLT_004.messageKey(), limit)),
                request,
                limit));
    }

    @ExceptionHandler(RequestBodyLimitFilter.BodyTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(Exception ex, HttpServletRequest request) {
        return respond(problems.of(ErrorCode.PLT_004, List.of(), request, limits.body()));
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> multipart(MultipartException ex, HttpServletRequest request) {
        return respond(problems.of(ErrorCode.PLT_014, List.of(), request));
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ProblemDetail> missingPart(MissingServletRequestPartException ex, HttpServletRequest request) {
        return respond(problems.of(
                ErrorCode.PLT_003,
                List.of(new BusinessException.FieldError(ex.getRequestPartName(), "validation.NotNull")),
                request));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noResource(NoResourceFoundException ex, HttpServletRequest request) {
        return respond(problems.of(ErrorCode.PLT_005, List.of(), request));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException ex, HttpServletRequest request) {
        return respond(problems.of(ErrorCode.PLT_006, List.of(), request));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException ex, HttpServletRequest request) {
        return respond(problems.of(ErrorCode.PLT_007, List.of(), request));
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException ex, HttpServletRequest request) {
        return respond(problems.of(ErrorCode.PLT_010, List.of(), request));
    }

    @ExceptionHandler({DataIntegrityViolationException.class, OptimisticLockingFailureException.class})
    ResponseEntity<ProblemDetail> conflict(Exception ex, HttpServletRequest request) {
        log.info("Conflict on {}: {}", request.getRequestURI(), ex.getMessage());
        return respond(problems.of(ErrorCode.PLT_009, List.of(), request));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException ex, HttpServletRequest request) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean anonymous = authentication == null || authentication instanceof AnonymousAuthenticationToken;
        return respond(problems.of(anonymous ? ErrorCode.AUT_001 : ErrorCode.AUT_002, List.of(), request));
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException ex, HttpServletRequest request) {
        return respond(problems.of(ErrorCode.AUT_001, List.of(), request));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request) {
        // Spring's own web exceptions (ResponseStatusException, a missing header...) carry their status.
        if (ex instanceof ErrorResponse response && response.getStatusCode().is4xxClientError()) {
            return respond(
                    problems.of(ErrorPages.codeFor(response.getStatusCode().value()), List.of(), request));
        }
        log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), ex);
        return respond(problems.of(ErrorCode.PLT_008, List.of(), request));
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(Problems.PROBLEM_JSON)
                .body(problem);
    }

    private static boolean causedByTooLargeBody(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof RequestBodyLimitFilter.BodyTooLargeException) {
                return true;
            }
        }
        return false;
    }

    private static String lastCode(String[] codes) {
        return codes == null || codes.length == 0 ? "Invalid" : codes[codes.length - 1];
    }

    private static Object[] validationArgs(Object[] arguments) {
        if (arguments == null || arguments.length <= 1) {
            return new Object[0];
        }
        // The first argument is the field's own resolvable name; the rest are the constraint's attributes.
        Object[] rest = new Object[arguments.length - 1];
        System.arraycopy(arguments, 1, rest, 0, rest.length);
        return rest;
    }
}
