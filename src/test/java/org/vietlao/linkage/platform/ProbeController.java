package org.vietlao.linkage.platform;

import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test-only endpoints for what no production endpoint does yet: a body with an enum and a number, a method
 * rule that needs ADMIN, and a handler that fails unexpectedly. Component scanning picks it up in the tests'
 * shared application context, so it costs no extra context.
 */
@RestController
class ProbeController {

	static final String ADMIN_ONLY = "/api/v1/test-probe/admin-only";
	static final String ECHO = "/api/v1/test-probe/echo";
	static final String FAILING = "/api/v1/test-probe/failing";

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

	enum Colour {
		RED, GREEN
	}

	record Probe(Colour colour, int count, String name) {
	}
}
