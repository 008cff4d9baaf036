package org.vietlao.linkage.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;

/**
 * Builds RFC 9457 problem details with a stable {@code code}, a title and detail in the caller's language
 * and {@code errors[]} naming each offending field.
 */
@Component
class Problems {

    static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    private final MessageSource messages;
    private final ObjectMapper json;
    private final LocaleResolver locales;

    Problems(MessageSource messages, ObjectMapper json, LocaleResolver locales) {
        this.messages = messages;
        this.json = json;
        this.locales = locales;
    }

    ProblemDetail of(BusinessException ex, HttpServletRequest request) {
        return of(ex.errorCode(), ex.errors(), request, ex.args());
    }

    ProblemDetail of(
            ErrorCode code, List<BusinessException.FieldError> errors, HttpServletRequest request, Object... args) {
        // Filters answer before the DispatcherServlet has resolved the locale: resolve it the same way here.
        Locale locale = request != null ? locales.resolveLocale(request) : LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatus(code.status());
        problem.setType(URI.create("urn:vietlao-linkage:problem:" + code.code()));
        problem.setTitle(messages.getMessage(code.messageKey(), null, code.code(), locale));
        problem.setDetail(messages.getMessage(code.messageKey() + ".detail", args, problem.getTitle(), locale));
        if (request != null) {
            problem.setInstance(instanceOf(request));
        }
        problem.setProperty("code", code.code());
        problem.setProperty(
                "errors",
                errors.stream().map(error -> fieldError(error, locale)).toList());
        return problem;
    }

    /** The caller's language, resolved as for every problem; English when the request cannot tell. */
    Locale localeOf(HttpServletRequest request) {
        try {
            return locales.resolveLocale(request);
        } catch (RuntimeException ex) {
            return Locale.ENGLISH;
        }
    }

    String message(ErrorCode code, Locale locale, Object... args) {
        String title = messages.getMessage(code.messageKey(), null, code.code(), locale);
        return messages.getMessage(code.messageKey() + ".detail", args, title, locale);
    }

    void write(HttpServletResponse response, ErrorCode code, HttpServletRequest request) throws IOException {
        write(response, code, request, List.of());
    }

    void write(
            HttpServletResponse response,
            ErrorCode code,
            HttpServletRequest request,
            List<BusinessException.FieldError> errors,
            Object... args)
            throws IOException {
        ProblemDetail problem = of(code, errors, request, args);
        response.setStatus(code.status().value());
        response.setContentType(PROBLEM_JSON.toString());
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    /** The path the caller asked for, also when the container forwarded the request to {@code /error}. */
    private static URI instanceOf(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = original != null ? original.toString() : request.getRequestURI();
        if (path == null || path.isEmpty()) {
            // The container refused the request line before reading a path.
            return null;
        }
        try {
            return new URI(path);
        } catch (URISyntaxException ex) {
            // The container let through a path that is not a valid URI reference: leave it out of the answer.
            return null;
        }
    }

    private Map<String, Object> fieldError(BusinessException.FieldError error, Locale locale) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("field", error.field());
        body.put("message", messages.getMessage(error.messageKey(), error.args(), error.messageKey(), locale));
        return body;
    }
}
