package org.vietlao.linkage.platform;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.vietlao.linkage.shared.ErrorCode;

/**
 * Failures before Spring MVC has chosen a handler, which the advices bound to {@code @RestController} and
 * {@code @Controller} never see: today a multipart body that cannot be parsed (no boundary, cut short) or is
 * over the upload limit. Answered at once (problem+json on the API, the error page elsewhere) so that the
 * container's error dispatch does not parse the body a second time.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class UnroutedExceptionHandler {

    private final Problems problems;
    private final UploadLimits limits;

    UnroutedExceptionHandler(Problems problems, UploadLimits limits) {
        this.problems = problems;
        this.limits = limits;
    }

    @ExceptionHandler(MultipartException.class)
    void multipart(MultipartException ex, HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean tooLarge = ex instanceof MaxUploadSizeExceededException;
        ErrorCode code = tooLarge ? ErrorCode.PLT_004 : ErrorCode.PLT_014;
        Object[] args = tooLarge ? new Object[] {limits.of(request)} : new Object[0];
        if (ErrorPages.isApiPath(request.getRequestURI(), request.getContextPath())) {
            problems.write(
                    response,
                    code,
                    request,
                    tooLarge
                            ? List.of(new org.vietlao.linkage.shared.BusinessException.FieldError(
                                    "file", code.messageKey(), args))
                            : List.of(),
                    args);
            return;
        }
        // Marks the failure as multipart's, so that the error dispatch does not parse the body again.
        request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, ex);
        ErrorPages.explain(request, code, args);
        response.sendError(code.status().value());
    }
}
