package org.vietlao.linkage.platform;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;

/**
 * Errors on pages: the message in the reader's language and the code to quote to support, never a trace.
 * Access denied is rethrown so that Spring Security sends an anonymous visitor to the sign-in page.
 */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

    private final Problems problems;

    PageExceptionHandler(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(BusinessException.class)
    String business(BusinessException ex, HttpServletResponse response, Model model, Locale locale) {
        return show(ex.errorCode(), response, model, locale, ex.args());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String badParameter(
            MethodArgumentTypeMismatchException ex, HttpServletResponse response, Model model, Locale locale) {
        return show(ErrorCode.PLT_002, response, model, locale, ex.getName());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    String missingParameter(
            MissingServletRequestParameterException ex, HttpServletResponse response, Model model, Locale locale) {
        return show(ErrorCode.PLT_002, response, model, locale, ex.getParameterName());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    String notFound(NoResourceFoundException ex, HttpServletResponse response, Model model, Locale locale) {
        return show(ErrorCode.PLT_005, response, model, locale);
    }

    @ExceptionHandler(AccessDeniedException.class)
    void denied(AccessDeniedException ex) {
        throw ex;
    }

    @ExceptionHandler(Exception.class)
    String unexpected(Exception ex, HttpServletResponse response, Model model, Locale locale) {
        if (ex instanceof ErrorResponse error && error.getStatusCode().is4xxClientError()) {
            return show(ErrorPages.codeFor(error.getStatusCode().value()), response, model, locale);
        }
        log.error("Unexpected failure rendering a page", ex);
        return show(ErrorCode.PLT_008, response, model, locale);
    }

    private String show(ErrorCode code, HttpServletResponse response, Model model, Locale locale, Object... args) {
        response.setStatus(code.status().value());
        model.addAttribute("errorCode", code.code());
        model.addAttribute("errorMessage", problems.message(code, locale, args));
        return "error";
    }
}
