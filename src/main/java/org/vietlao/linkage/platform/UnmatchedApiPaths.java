package org.vietlao.linkage.platform;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An {@code /api/} path that no controller maps answers 404 (PLT-005) at once. Without this mapping such a path
 * fell through to the static-resource handler, which looks the path up in the application's nested jar under a
 * JVM-wide lock (docs/benchmarks.md, "Bearer-token cache and the authenticated request path": 16 s of lock waits in
 * a 30 s run of unknown paths), so a stream of made-up API paths slowed every other request. Ordered after the
 * controllers' mappings (a known path with another method still gets its 405) and before the resources'.
 */
@Component
class UnmatchedApiPaths implements HandlerMapping, Ordered {

    private static final HttpRequestHandler NOT_FOUND = (request, response) -> {
        throw new NoResourceFoundException(HttpMethod.valueOf(request.getMethod()), path(request));
    };

    @Override
    public HandlerExecutionChain getHandler(HttpServletRequest request) {
        return path(request).startsWith("/api/") ? new HandlerExecutionChain(NOT_FOUND) : null;
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @Override
    public int getOrder() {
        // The static resources' mapping is LOWEST_PRECEDENCE - 1 in Spring Boot.
        return Ordered.LOWEST_PRECEDENCE - 2;
    }
}
