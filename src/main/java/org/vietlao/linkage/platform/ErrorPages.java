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
 * page for people, problem+json for API and actuator paths. Never a stack trace. Asked for directly,
 * {@code /error} is a page that does not exist (404), not a failure.
 */
@Controller
class ErrorPages implements ErrorController {

    /** Request attributes a filter sets before {@code sendError} to say which problem it found. */
    static final String CODE = ErrorPages.class.getName() + ".code";

    static final String ARGS = ErrorPages.class.getName() + ".args";

    private final Problems problems;
    private final UploadLimits limits;

    ErrorPages(Problems problems, UploadLimits limits) {
        this.problems = problems;
        this.limits = limits;
    }

    @RequestMapping(value = "/error", produces = "application/problem+json")
    @PermitAll
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        ErrorCode code = codeOf(request);
        return ResponseEntity.status(code.status())
                .contentType(Problems.PROBLEM_JSON)
                .body(problems.of(code, List.of(), request, argsOf(request, code)));
    }

    @RequestMapping("/error")
    @PermitAll
    Object page(HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null && isApiPath(uri.toString(), request.getContextPath())) {
            return problem(request);
        }
        ErrorCode code = codeOf(request);
        response.setStatus(code.status().value());
        model.addAttribute("errorCode", code.code());
        model.addAttribute("errorMessage", problems.message(code, locale, argsOf(request, code)));
        return "error";
    }

    /** Lets the error page say what a filter found, with the arguments of its message. */
    static void explain(HttpServletRequest request, ErrorCode code, Object... args) {
        request.setAttribute(CODE, code);
        request.setAttribute(ARGS, args);
    }

    /** Whether a path belongs to the API door (see {@link SecurityConfiguration}). */
    static boolean isApiPath(String path, String contextPath) {
        if (contextPath != null && !contextPath.isEmpty() && path.startsWith(contextPath)) {
            path = path.substring(contextPath.length());
        }
        return path.startsWith("/api/") || path.startsWith("/actuator/");
    }

    private static ErrorCode codeOf(HttpServletRequest request) {
        if (request.getAttribute(CODE) instanceof ErrorCode code) {
            return code;
        }
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // No status: nobody forwarded here, someone asked for /error itself, and there is nothing to show.
        return status instanceof Integer value ? codeFor(value) : ErrorCode.PLT_005;
    }

    private Object[] argsOf(HttpServletRequest request, ErrorCode code) {
        if (request.getAttribute(ARGS) instanceof Object[] args) {
            return args;
        }
        return code == ErrorCode.PLT_004 ? new Object[] {limits.of(request)} : new Object[0];
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
