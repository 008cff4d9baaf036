package org.vietlao.linkage.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.web.filter.OncePerRequestFilter;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;

/**
 * Refuses a multipart upload whose declared length is over the limit of its path before a byte of it is read
 * (decision 0099): the container's own limit ({@code spring.servlet.multipart.max-request-size}) is the largest
 * any path accepts (a world trade file), and every other path keeps {@link UploadLimits#upload()}. The answer is
 * the container's: 413 problem+json {@code PLT-004} on the field {@code file} over the API, the translated error
 * page on pages. A chunked upload (no declared length) is left to the container's limit; the part then lies on
 * disk, and each handler checks the part's size before it reads it.
 */
class MultipartLimitFilter extends OncePerRequestFilter {

    private final UploadLimits limits;
    private final Problems problems;

    MultipartLimitFilter(UploadLimits limits, Problems problems) {
        this.limits = limits;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            chain.doFilter(request, response);
            return;
        }
        long max = limits.uploadBytes(request);
        if (request.getContentLengthLong() <= max) {
            chain.doFilter(request, response);
            return;
        }
        String readable = UploadLimits.readable(max);
        if (ErrorPages.isApiPath(request.getRequestURI(), request.getContextPath())) {
            problems.write(
                    response,
                    ErrorCode.PLT_004,
                    request,
                    List.of(new BusinessException.FieldError("file", ErrorCode.PLT_004.messageKey(), readable)),
                    readable);
            // Sent now: the container then reads (swallows) at most a little of the body before it closes.
            response.flushBuffer();
            return;
        }
        ErrorPages.explain(request, ErrorCode.PLT_004, readable);
        // The body is not read: the connection is closed after the answer rather than drained.
        response.setHeader("Connection", "close");
        response.sendError(ErrorCode.PLT_004.status().value());
    }
}
