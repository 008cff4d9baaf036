package org.vietlao.linkage.platform;

import java.time.Instant;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Username and password against BCrypt hashes, refused outright while the account is locked by
 * {@link LoginThrottle}.
 */
class ThrottledAuthenticationProvider extends DaoAuthenticationProvider {

	private final LoginThrottle throttle;

	ThrottledAuthenticationProvider(PlatformUsers users, PasswordEncoder passwordEncoder, LoginThrottle throttle) {
		super(passwordEncoder);
		setUserDetailsService(users);
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = String.valueOf(authentication.getPrincipal());
		var lockedUntil = throttle.lockedUntil(username);
		if (lockedUntil.isPresent()) {
			throw new LoginLockedException(lockedUntil.get());
		}
		try {
			Authentication result = super.authenticate(authentication);
			throttle.recordSuccess(username);
			return result;
		}
		catch (BadCredentialsException ex) {
			throttle.recordFailure(username);
			throw ex;
		}
	}

	/** The account is locked after too many failed sign-ins. */
	static class LoginLockedException extends LockedException {

		private final transient Instant until;

		LoginLockedException(Instant until) {
			super("locked");
			this.until = until;
		}

		Instant until() {
			return until;
		}
	}
}
