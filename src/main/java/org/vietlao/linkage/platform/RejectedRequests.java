package org.vietlao.linkage.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;
import org.vietlao.linkage.shared.ErrorCode;

/**
 * Requests Spring Security's firewall refuses (a TRACE, a {@code ;} or {@code //} in the path, a control
 * character in a header): answered here like the container's own refusals, 400 {@code PLT-015}, because a
 * forward to {@code /error} would be refused by the same firewall and leave the answer empty.
 */
@Component
class RejectedRequests implements RequestRejectedHandler {

    private static final Logger log = LoggerFactory.getLogger(RejectedRequests.class);

    private final ContainerErrors errors;

    RejectedRequests(ContainerErrors errors) {
        this.errors = errors;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        log.debug("Request refused by the firewall: {}", rejected.getMessage());
        ContainerErrors.Report report =
                errors.report(request, ErrorCode.PLT_015, errors.argsFor(ErrorCode.PLT_015, request));
        response.setStatus(report.status());
        response.setContentType(report.contentType());
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(report.body());
    }
}
