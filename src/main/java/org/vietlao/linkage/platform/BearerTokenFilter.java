package org.vietlao.linkage.platform;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in API requests that carry {@code Authorization: Bearer <token>}. A request with an unknown, expired
 * or revoked token stays anonymous, and the entry point answers 401 problem+json.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	static final String TOKEN_ID = BearerTokenFilter.class.getName() + ".tokenId";
	static final String TOKEN_REJECTED = BearerTokenFilter.class.getName() + ".rejected";

	private final ApiTokens tokens;
	private final PlatformUsers users;

	BearerTokenFilter(ApiTokens tokens, PlatformUsers users) {
		this.tokens = tokens;
		this.users = users;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			String token = header.substring(7).trim();
			var owner = token.isEmpty() || token.length() > 200 ? java.util.Optional.<ApiTokens.TokenOwner>empty()
					: tokens.verify(token);
			owner.flatMap(o -> users.findById(o.userId()).filter(PlatformUser::enabled).map(user -> {
				var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
				SecurityContextHolder.getContext().setAuthentication(authentication);
				request.setAttribute(TOKEN_ID, o.tokenId());
				return user;
			})).ifPresentOrElse(user -> {
			}, () -> request.setAttribute(TOKEN_REJECTED, Boolean.TRUE));
		}
		chain.doFilter(request, response);
	}
}
