package org.vietlao.linkage.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.TextRules;

/**
 * Applies {@link TextRules} to what arrives outside a JSON body: the decoded path (so every path variable),
 * query parameters and form fields, names and values. A break is refused before anything reads the
 * request, with 400 {@code PLT-012} naming the parameter ({@code path} for the path): problem+json on the API,
 * the translated error page on pages. Of a multipart request only the query string is read here (its parts
 * are the upload reader's to check); JSON bodies are checked by {@link JsonInputRules}.
 */
class RequestTextFilter extends OncePerRequestFilter {

    private final Problems problems;

    RequestTextFilter(Problems problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Broken broken = firstBroken(request);
        if (broken == null) {
            chain.doFilter(request, response);
            return;
        }
        List<BusinessException.FieldError> errors = List.of(
                new BusinessException.FieldError(broken.field(), "validation.ForbiddenCharacter", broken.character()));
        if (ErrorPages.isApiPath(request.getRequestURI(), request.getContextPath())) {
            problems.write(response, ErrorCode.PLT_012, request, errors, broken.field(), broken.character());
        } else {
            ErrorPages.explain(request, ErrorCode.PLT_012, broken.field(), broken.character());
            response.sendError(ErrorCode.PLT_012.status().value());
        }
    }

    private record Broken(String field, String character) {}

    private static Broken firstBroken(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        Broken broken = check("path", path);
        if (broken != null) {
            return broken;
        }
        // Reading a multipart request's parameters would parse its parts here: only its query string is read.
        Map<String, String[]> parameters =
                isMultipart(request) ? queryParameters(request.getQueryString()) : request.getParameterMap();
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            broken = check(TextRules.isAcceptable(name) ? name : "parameter", name);
            if (broken != null) {
                return broken;
            }
            for (String value : parameter.getValue()) {
                broken = check(name, value);
                if (broken != null) {
                    return broken;
                }
            }
        }
        return null;
    }

    private static Broken check(String field, String text) {
        int at = TextRules.firstForbidden(text);
        return at < 0 ? null : new Broken(field, TextRules.describe(text, at));
    }

    private static Map<String, String[]> queryParameters(String query) {
        Map<String, String[]> parameters = new LinkedHashMap<>();
        if (query == null) {
            return parameters;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                parameters.merge(name, new String[] {value}, (a, b) -> {
                    String[] both = Arrays.copyOf(a, a.length + 1);
                    both[a.length] = b[0];
                    return both;
                });
            } catch (IllegalArgumentException ex) {
                // A malformed escape: the container or the handler will refuse the parameter on its own.
            }
        }
        return parameters;
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }
}
