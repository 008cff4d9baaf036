package org.vietlao.linkage.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * {@code ?lang=vi|lo|en} on any page switches the language and the cookie remembers it. Unknown values are
 * ignored. API paths choose their language by Accept-Language only, so the parameter is left to them (the
 * HS search uses {@code lang} for the language searched).
 */
class LanguageSwitchFilter extends OncePerRequestFilter {

    private final LocaleResolver localeResolver;

    LanguageSwitchFilter(LocaleResolver localeResolver) {
        this.localeResolver = localeResolver;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.startsWith("/actuator/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String requested = request.getParameter("lang");
        if (requested != null && requested.length() <= 10) {
            Locale language = LocaleConfiguration.supported(Locale.forLanguageTag(requested.strip()));
            if (language != null) {
                localeResolver.setLocale(request, response, language);
            }
        }
        chain.doFilter(request, response);
    }
}
