package org.vietlao.linkage.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The page language: {@code ?lang=vi|lo|en} switches it and a cookie remembers it; without one, the
 * browser's Accept-Language picks among the three, and English is the fallback.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration {

    static final List<Locale> SUPPORTED =
            List.of(Locale.ENGLISH, Locale.forLanguageTag("vi"), Locale.forLanguageTag("lo"));

    @Bean
    LocaleResolver localeResolver() {
        return new SupportedLocaleResolver();
    }

    /**
     * Applies {@code ?lang=} before Spring Security runs, so that a visitor sent to the sign-in page keeps the
     * language they asked for (an MVC interceptor would only run after the redirect had dropped it).
     */
    @Bean
    FilterRegistrationBean<LanguageSwitchFilter> languageSwitchFilter(LocaleResolver localeResolver) {
        var registration = new FilterRegistrationBean<>(new LanguageSwitchFilter(localeResolver));
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 10);
        return registration;
    }

    static Locale supported(Locale requested) {
        if (requested == null) {
            return null;
        }
        return SUPPORTED.stream()
                .filter(l -> l.getLanguage().equals(requested.getLanguage()))
                .findFirst()
                .orElse(null);
    }

    /** A cookie resolver that only ever answers one of the three platform languages. */
    static final class SupportedLocaleResolver extends CookieLocaleResolver {

        SupportedLocaleResolver() {
            super("lang");
            setCookieMaxAge(Duration.ofDays(365));
            setDefaultLocaleFunction(request -> {
                var acceptLanguage = request.getHeader("Accept-Language");
                if (acceptLanguage != null && !acceptLanguage.isBlank()) {
                    try {
                        Locale best = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
                        if (best != null) {
                            return best;
                        }
                    } catch (IllegalArgumentException ignored) {
                        // a malformed header falls back to English
                    }
                }
                return Locale.ENGLISH;
            });
        }

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            Locale resolved = supported(super.resolveLocale(request));
            return resolved != null ? resolved : Locale.ENGLISH;
        }

        @Override
        public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
            Locale resolved = supported(locale);
            if (resolved != null || locale == null) {
                super.setLocale(request, response, resolved);
            }
        }
    }
}
