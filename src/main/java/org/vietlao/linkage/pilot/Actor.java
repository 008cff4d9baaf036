package org.vietlao.linkage.pilot;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who is acting, as far as the pilot rules care: a username and roles.
 */
record Actor(String username, Set<String> roles) {

	static Actor of(Authentication authentication) {
		Set<String> roles = authentication.getAuthorities().stream()
			.map(GrantedAuthority::getAuthority)
			.filter(authority -> authority.startsWith("ROLE_"))
			.map(authority -> authority.substring(5))
			.collect(Collectors.toUnmodifiableSet());
		return new Actor(authentication.getName(), roles);
	}

	boolean isAnalyst() {
		return roles.contains("ANALYST");
	}

	/** Ministry officials and administrators may read every closed result. */
	boolean readsAllClosedResults() {
		return roles.contains("MINISTRY") || roles.contains("ADMIN");
	}
}
