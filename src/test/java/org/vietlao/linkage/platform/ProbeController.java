package org.vietlao.linkage.platform;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test-only endpoints for what no production endpoint does yet: a body with an enum and a number, each kind
 * of method rule, a required header, and a handler that fails unexpectedly. Component scanning picks it up in the tests'
 * shared application context, so it costs no extra context.
 */
@RestController
class ProbeController {

    static final String ADMIN_ONLY = "/api/v1/test-probe/admin-only";
    static final String ECHO = "/api/v1/test-probe/echo";
    static final String FAILING = "/api/v1/test-probe/failing";
    static final String SECURED = "/api/v1/test-probe/secured";
    static final String ROLES_ALLOWED = "/api/v1/test-probe/roles-allowed";
    static final String DENIED = "/api/v1/test-probe/denied";
    static final String NEEDS_HEADER = "/api/v1/test-probe/needs-header";

    @GetMapping(ADMIN_ONLY)
    @PreAuthorize("hasRole('ADMIN')")
    Map<String, Boolean> adminOnly() {
        return Map.of("ok", true);
    }

    @PostMapping(ECHO)
    @PreAuthorize("isAuthenticated()")
    Probe echo(@RequestBody Probe probe) {
        return probe;
    }

    @GetMapping(FAILING)
    @PreAuthorize("isAuthenticated()")
    Map<String, Boolean> failing() {
        throw new IllegalStateException("internal detail that must stay on the server");
    }

    @GetMapping(SECURED)
    @Secured("ROLE_ADMIN")
    Map<String, Boolean> secured() {
        return Map.of("ok", true);
    }

    @GetMapping(ROLES_ALLOWED)
    @RolesAllowed("ADMIN")
    Map<String, Boolean> rolesAllowed() {
        return Map.of("ok", true);
    }

    @GetMapping(DENIED)
    @DenyAll
    Map<String, Boolean> denied() {
        return Map.of("ok", true);
    }

    @GetMapping(NEEDS_HEADER)
    @PreAuthorize("isAuthenticated()")
    Map<String, String> needsHeader(@RequestHeader("X-Probe") String probe) {
        return Map.of("probe", probe);
    }

    enum Colour {
        RED,
        GREEN
    }

    record Probe(Colour colour, int count, String name) {}
}
