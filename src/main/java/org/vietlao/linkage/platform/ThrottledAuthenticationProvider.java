package org.vietlao.linkage.platform;

import java.time.Instant;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Username and password against BCrypt hashes, refused outright while the account is locked by
 * {@link LoginThrottle}. An unknown username fails exactly like a wrong password (and counts towards a lock
 * the same way), so that neither the answer nor the lock tells whether an account exists. Whether an account
 * is disabled is only said once the password was right, for the same reason.
 */
class ThrottledAuthenticationProvider extends DaoAuthenticationProvider {

    private final LoginThrottle throttle;
    private final AuditTrail audit;

    ThrottledAuthenticationProvider(
            PlatformUsers users, PasswordEncoder passwordEncoder, LoginThrottle throttle, AuditTrail audit) {
        super(passwordEncoder);
        setUserDetailsService(users);
        setPreAuthenticationChecks(user -> {});
        setPostAuthenticationChecks(ThrottledAuthenticationProvider::mustBeEnabled);
        this.throttle = throttle;
        this.audit = audit;
    }

    /**
     * Refused outright while this client address is blocked for this name (or for every name); otherwise the
     * password is checked, and the outcome counted by the throttle and written to the audit log.
     */
    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = String.valueOf(authentication.getPrincipal());
        SignInSource source = SignInSource.of(authentication.getDetails());
        var blockedUntil = throttle.blockedUntil(source.address(), username);
        if (blockedUntil.isPresent()) {
            audit.signIn(username, source, "THROTTLED");
            throw new LoginLockedException(blockedUntil.get());
        }
        try {
            Authentication result = super.authenticate(authentication);
            throttle.recordSuccess(source.address(), username);
            audit.signIn(username, source, null);
            return result;
        } catch (BadCredentialsException ex) {
            throttle.recordFailure(source.address(), username);
            audit.signIn(username, source, "BAD_CREDENTIALS");
            throw ex;
        } catch (DisabledException ex) {
            audit.signIn(username, source, "DISABLED");
            throw ex;
        }
    }

    /**
     * The signed-in principal without its password hash: it is kept in the session table, which need not
     * hold hashes.
     */
    @Override
    protected Authentication createSuccessAuthentication(
            Object principal, Authentication authentication, UserDetails user) {
        Object withoutHash = principal instanceof PlatformUser known
                ? new PlatformUser(
                        known.id(),
                        known.username(),
                        null,
                        known.displayName(),
                        known.organisationId(),
                        known.organisationName(),
                        known.enabled(),
                        known.roles(),
                        known.gatePairIds())
                : principal;
        return super.createSuccessAuthentication(withoutHash, authentication, user);
    }

    private static void mustBeEnabled(UserDetails user) {
        if (!user.isEnabled()) {
            throw new DisabledException("disabled");
        }
    }

    /** This address may not try this name for a while after too many failed sign-ins. */
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
