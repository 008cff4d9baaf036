package org.vietlao.linkage.platform;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.ErrorCodes;

/**
 * Exchanges a username and password for a bearer token, and revokes the token in use.
 */
@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Authentication")
class AuthController {

    private final AuthenticationManager authentication;
    private final ApiTokens tokens;
    private final Clock clock;

    AuthController(AuthenticationManager authentication, ApiTokens tokens, Clock clock) {
        this.authentication = authentication;
        this.tokens = tokens;
        this.clock = clock;
    }

    @ErrorCodes({ErrorCode.AUT_003, ErrorCode.AUT_004, ErrorCode.AUT_006})
    @PostMapping("/token")
    @PermitAll
    @SecurityRequirements
    @Operation(
            summary = "Issue a bearer token",
            description = "After repeated failures from one client address for one name (or for many names) that "
                    + "address waits, longer with each further failure (429 AUT-004, the detail says until when and "
                    + "the Retry-After header how many seconds). "
                    + "Every attempt is in the audit log.")
    TokenResponse issue(@Valid @RequestBody TokenRequest request, HttpServletRequest http) {
        try {
            var attempt = UsernamePasswordAuthenticationToken.unauthenticated(request.username(), request.password());
            attempt.setDetails(SignInSource.api(http));
            var result = authentication.authenticate(attempt);
            // The rest of this request acts as the person just signed in, so the audit names them.
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(result);
            SecurityContextHolder.setContext(context);
            var issued = tokens.issueFor((PlatformUser) result.getPrincipal());
            return new TokenResponse(issued.token(), issued.expiresAt());
        } catch (ThrottledAuthenticationProvider.LoginLockedException ex) {
            throw BusinessException.until(
                    ErrorCode.AUT_004,
                    Duration.between(clock.instant(), ex.until()),
                    ex.until().toString());
        } catch (DisabledException ex) {
            throw new BusinessException(ErrorCode.AUT_006);
        } catch (BadCredentialsException ex) {
            throw new BusinessException(ErrorCode.AUT_003);
        }
    }

    @DeleteMapping("/token")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Revoke the bearer token this request carries")
    ResponseEntity<Void> revoke(HttpServletRequest request) {
        Object tokenId = request.getAttribute(BearerTokenFilter.TOKEN_ID);
        if (tokenId instanceof Long id) {
            tokens.revoke(id);
        }
        return ResponseEntity.noContent().build();
    }

    record TokenRequest(
            @NotBlank @Size(max = 100) String username,
            @NotBlank @Size(max = 200) String password) {}

    record TokenResponse(String token, Instant expiresAt) {}
}
