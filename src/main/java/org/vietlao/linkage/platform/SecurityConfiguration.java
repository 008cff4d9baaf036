package org.vietlao.linkage.platform;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.PublicPages;
import org.vietlao.linkage.shared.Role;

/**
 * Two doors. The API ({@code /api/**}, {@code /actuator/**}) is stateless: bearer tokens, no session, no
 * CSRF (no cookies are read), problem+json for 401 and 403. Pages use form login with a session kept in
 * PostgreSQL and CSRF on every form. On both, each handler method carries its own role rule
 * ({@code @PreAuthorize} or {@code @PermitAll}; {@code @RolesAllowed}, {@code @Secured} and {@code @DenyAll}
 * are enforced too); {@code EndpointRoleRulesTest} fails on one without. The URL rules below are a second
 * fence behind them: nothing but the listed public paths is reachable without signing in.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity(jsr250Enabled = true, securedEnabled = true)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                    + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
                    + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    ThrottledAuthenticationProvider throttledAuthenticationProvider(
            PlatformUsers users, PasswordEncoder encoder, LoginThrottle throttle, AuditTrail audit) {
        return new ThrottledAuthenticationProvider(users, encoder, throttle, audit);
    }

    @Bean
    AuthenticationManager authenticationManager(ThrottledAuthenticationProvider provider) {
        return new ProviderManager(provider);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http,
            VerifiedTokens verifiedTokens,
            Problems problems,
            @Value("${linkage.api.max-body-bytes}") long maxBodyBytes,
            List<PublicPages> modulePages)
            throws Exception {
        // The API reads modules open to everyone (shared.PublicPages), GET only, checked like their pages.
        String[] openReads = modulePages.stream()
                .flatMap(pages -> pages.apiReads().stream())
                .peek(SecurityConfiguration::requireModuleApiRead)
                .distinct()
                .sorted()
                .toArray(String[]::new);
        http.securityMatcher("/api/**", "/actuator/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .addFilterBefore(
                        new RequestBodyLimitFilter(maxBodyBytes, problems), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new BearerTokenFilter(verifiedTokens), UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> {
                    if (openReads.length > 0) {
                        auth.requestMatchers(HttpMethod.GET, openReads).permitAll();
                    }
                    auth.requestMatchers(HttpMethod.POST, "/api/v1/auth/token")
                            .permitAll()
                            .requestMatchers("/actuator/health", "/actuator/health/**")
                            .permitAll()
                            .requestMatchers("/actuator/**")
                            .hasRole(Role.ADMIN.name())
                            .anyRequest()
                            .authenticated();
                })
                .exceptionHandling(ex -> ex.authenticationEntryPoint((request, response, e) -> problems.write(
                                response,
                                request.getAttribute(BearerTokenFilter.TOKEN_REJECTED) != null
                                        ? ErrorCode.AUT_005
                                        : ErrorCode.AUT_001,
                                request))
                        .accessDeniedHandler(
                                (request, response, e) -> problems.write(response, ErrorCode.AUT_002, request)))
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(
            HttpSecurity http, AuthenticationManager authenticationManager, List<PublicPages> modulePages)
            throws Exception {
        // The pages modules open to everyone (shared.PublicPages), checked so that no module opens more than pages.
        String[] open = modulePages.stream()
                .flatMap(pages -> pages.paths().stream())
                .peek(SecurityConfiguration::requireModulePage)
                .distinct()
                .sorted()
                .toArray(String[]::new);
        // Named explicitly so that the form can never fall back to a provider without the throttle.
        http.authenticationManager(authenticationManager)
                .authorizeHttpRequests(auth -> {
                    if (open.length > 0) {
                        auth.requestMatchers(open).permitAll();
                    }
                    auth.requestMatchers(
                                    "/",
                                    "/login",
                                    "/error",
                                    "/css/**",
                                    "/js/**",
                                    "/fonts/**",
                                    "/img/**",
                                    "/geo/**",
                                    "/webjars/**",
                                    "/favicon.ico",
                                    "/v3/api-docs",
                                    "/v3/api-docs/**",
                                    "/swagger-ui.html",
                                    "/swagger-ui/**")
                            .permitAll()
                            .anyRequest()
                            .authenticated();
                })
                .formLogin(form -> form.loginPage("/login")
                        // Client address and door for the sign-in throttle and log (issue 9, defect 8).
                        .authenticationDetailsSource(SignInSource::form)
                        .defaultSuccessUrl("/", false)
                        .failureHandler(new LoginFailureHandler()))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /**
     * A module's public page: a path of its own under a first segment of letters, never the whole site, the API, the
     * administration pages, {@code ..}, or a pattern that opens a whole module ({@code /expo}, {@code /expo/*},
     * {@code /expo/**}); {@code **} only as the last segment below a fixed part of the module.
     */
    static void requireModulePage(String path) {
        if (!path.matches("/[a-z]+(/[A-Za-z0-9_-]+)(/[A-Za-z0-9*_-]+)*")
                || path.startsWith("/api/")
                || path.startsWith("/admin")
                || path.indexOf("**") >= 0 && path.indexOf("**") != path.length() - 2) {
            throw new IllegalStateException("not a public page a module may open: " + path);
        }
    }

    /** A module's public API read: {@code /api/v1/<module>/…} checked as a page below {@code /api/v1}. */
    static void requireModuleApiRead(String path) {
        if (!path.startsWith("/api/v1/")) {
            throw new IllegalStateException("not a public API read a module may open: " + path);
        }
        requireModulePage(path.substring("/api/v1".length()));
    }
}
