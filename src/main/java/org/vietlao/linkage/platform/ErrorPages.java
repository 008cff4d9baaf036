package org.vietlao.linkage.platform;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.vietlao.linkage.shared.ErrorCode;

/**
 * What the servlet container forwards to {@code /error} (no handler, a filter that failed): a translated
 * page for people, problem+json for API and actuator paths. Never a stack trace.
 */
@Controller
class ErrorPages implements ErrorController {

    private final Problems problems;

    ErrorPages(Problems problems) {
        this.problems = problems;
    }

    @RequestMapping(value = "/error", produces = "application/problem+json")
    @PermitAll
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        ErrorCode code = codeFor(statusOf(request));
        return ResponseEntity.status(code.status())
                .contentType(Problems.PROBLEM_JSON)
                .body(problems.of(code, List.of(), request));
    }

    @RequestMapping("/error")
    @PermitAll
    Object page(HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
        if (isApi(request)) {
            return problem(request);
        }
        ErrorCode code = codeFor(statusOf(request));
        response.setStatus(code.status().value());
        model.addAttribute("errorCode", code.code());
        model.addAttribute("errorMessage", problems.message(code, locale));
        return "error";
    }

    /** Whether the failed request was one for the API door (see {@link SecurityConfiguration}). */
    private static boolean isApi(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri == null) {
            return false;
        }
        String path = uri.toString();
        if (path.startsWith(request.getContextPath())) {
            path = path.substring(request.getContextPath().length());
        }
        return path.startsWith("/api/") || path.startsWith("/actuator/");
    }

    private static int statusOf(HttpServletRequest request) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        return status instanceof Integer value ? value : 500;
    }

    static ErrorCode codeFor(int status) {
        return switch (status) {
            case 400 -> ErrorCode.PLT_001;
            case 401 -> ErrorCode.AUT_001;
            case 403 -> ErrorCode.AUT_002;
            case 404 -> ErrorCode.PLT_005;
            case 405 -> ErrorCode.PLT_006;
            case 406 -> ErrorCode.PLT_010;
            case 409 -> ErrorCode.PLT_009;
            case 413 -> ErrorCode.PLT_004;
            case 415 -> ErrorCode.PLT_007;
            default -> status >= 400 && status < 500 ? ErrorCode.PLT_001 : ErrorCode.PLT_008;
        };
    }
}
