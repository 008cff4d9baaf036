package org.vietlao.linkage.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in API requests that carry {@code Authorization: Bearer <token>}. A request with an unknown, expired
 * or revoked token stays anonymous, and the entry point answers 401 problem+json.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    static final String TOKEN_ID = BearerTokenFilter.class.getName() + ".tokenId";
    static final String TOKEN_REJECTED = BearerTokenFilter.class.getName() + ".rejected";

    /** Issued tokens have 43 characters; anything much longer is not worth hashing. */
    private static final int MAX_TOKEN_LENGTH = 200;

    private final VerifiedTokens verified;

    BearerTokenFilter(VerifiedTokens verified) {
        this.verified = verified;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            signIn(header.substring(7).trim())
                    .ifPresentOrElse(
                            signedIn -> {
                                SecurityContext context = SecurityContextHolder.createEmptyContext();
                                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                                        signedIn.user(), null, signedIn.user().getAuthorities()));
                                SecurityContextHolder.setContext(context);
                                request.setAttribute(TOKEN_ID, signedIn.tokenId());
                            },
                            () -> request.setAttribute(TOKEN_REJECTED, Boolean.TRUE));
        }
        chain.doFilter(request, response);
    }

    private Optional<SignedIn> signIn(String token) {
        if (token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        // Verified a moment ago, or the token, its account, roles and gates in one query (decision 0102).
        return verified.verify(ApiTokens.hash(token)).map(found -> new SignedIn(found.user(), found.tokenId()));
    }

    private record SignedIn(PlatformUser user, long tokenId) {}
}
