package org.vietlao.linkage.platform;

import jakarta.annotation.security.PermitAll;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: the platform's sections and the map of border-gate pairs. Open to everyone.
 */
@Controller
class HomeController {

	@GetMapping("/")
	@PermitAll
	String home() {
		return "home";
	}

	@GetMapping("/login")
	@PermitAll
	String login() {
		return "login";
	}
}
