package org.vietlao.linkage.platform;

import jakarta.servlet.Filter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Locale;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.tomcat.util.buf.MessageBytes;
import org.apache.tomcat.util.http.MimeHeaders;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Running behind a TLS-terminating reverse proxy (docs/deployment.md, "Behind a reverse proxy").
 *
 * <p>Tomcat's {@code RemoteIpValve} ({@code server.forward-headers-strategy: native}) takes the client's
 * address, scheme, host and port from {@code X-Forwarded-For/-Proto/-Host/-Port}, but only when the direct peer
 * is a trusted proxy ({@code server.tomcat.remoteip.internal-proxies}, by default loopback and the private
 * ranges; {@code trusted-proxies} for further hops). From anyone else the headers are ignored. The RFC 7239
 * {@code Forwarded} header, which the valve does not read, is translated into those headers first (only when
 * they are absent), so the same trust rule applies to it.
 *
 * <p>Once the request is known to have come over HTTPS ({@code request.isSecure()}), every cookie the platform
 * sets is marked {@code Secure} (and {@code SameSite=Lax} unless it says otherwise), and Spring Security sends
 * {@code Strict-Transport-Security}, which it only ever writes on secure requests.
 */
@Configuration(proxyBeanMethods = false)
class ReverseProxyConfiguration {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> forwardedHeaderTranslation() {
        return new ForwardedFirst();
    }

    /** Before Spring Boot's own customiser, so that the translating valve comes before RemoteIpValve. */
    static final class ForwardedFirst implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addEngineValves(new ForwardedHeaderValve());
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }

    /** Outermost, so that it also wraps the response Spring Session writes its cookie to. */
    @Bean
    FilterRegistrationBean<Filter> secureCookiesOverHttps() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
            if (request.isSecure() && response instanceof HttpServletResponse http) {
                chain.doFilter(request, new SecureCookies(http));
            } else {
                chain.doFilter(request, response);
            }
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setName("secureCookiesOverHttps");
        return registration;
    }

    /**
     * Reads {@code Forwarded: for=...;proto=...;host=..., for=...} into the {@code X-Forwarded-*} headers when the
     * request carries none of them: every {@code for} in order (as in X-Forwarded-For, the client first, then
     * each proxy that passed it on), and the scheme and host of the first element, as the proxy that faced the
     * client saw them. Trust is not decided here: {@code RemoteIpValve}, next in the pipeline, ignores these
     * headers unless the peer is a configured proxy, and then walks the addresses from the right.
     */
    static final class ForwardedHeaderValve extends ValveBase {

        ForwardedHeaderValve() {
            super(true);
        }

        @Override
        public void invoke(Request request, Response response) throws IOException, jakarta.servlet.ServletException {
            String forwarded = request.getHeader("Forwarded");
            if (forwarded != null
                    && request.getHeader("X-Forwarded-For") == null
                    && request.getHeader("X-Forwarded-Proto") == null
                    && request.getHeader("X-Forwarded-Host") == null) {
                translate(forwarded, request.getCoyoteRequest().getMimeHeaders());
            }
            getNext().invoke(request, response);
        }

        static void translate(String forwarded, MimeHeaders headers) {
            StringBuilder forwardedFor = new StringBuilder();
            String proto = null;
            String host = null;
            for (String element : forwarded.split(",")) {
                for (String pair : element.split(";")) {
                    int equals = pair.indexOf('=');
                    if (equals < 0) {
                        continue;
                    }
                    String name = pair.substring(0, equals).trim().toLowerCase(Locale.ROOT);
                    String value = unquote(pair.substring(equals + 1).trim());
                    switch (name) {
                        case "for" -> {
                            if (!forwardedFor.isEmpty()) {
                                forwardedFor.append(", ");
                            }
                            forwardedFor.append(address(value));
                        }
                        case "proto" -> proto = proto == null ? value : proto;
                        case "host" -> host = host == null ? value : host;
                        default -> {}
                    }
                }
            }
            add(headers, "X-Forwarded-For", forwardedFor.toString());
            add(headers, "X-Forwarded-Proto", proto);
            add(headers, "X-Forwarded-Host", host);
        }

        private static void add(MimeHeaders headers, String name, String value) {
            if (value != null && !value.isEmpty()) {
                MessageBytes bytes = headers.addValue(name);
                bytes.setString(value);
            }
        }

        private static String unquote(String value) {
            return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                    ? value.substring(1, value.length() - 1)
                    : value;
        }

        /** {@code [2001:db8::1]:4711} → {@code 2001:db8::1}; {@code 192.0.2.60:8080} → {@code 192.0.2.60}. */
        private static String address(String node) {
            if (node.startsWith("[")) {
                int end = node.indexOf(']');
                return end > 0 ? node.substring(1, end) : node;
            }
            int colon = node.indexOf(':');
            return colon > 0 && node.indexOf(':', colon + 1) < 0 ? node.substring(0, colon) : node;
        }
    }

    /** Every cookie set on an HTTPS request is {@code Secure}, and {@code SameSite=Lax} unless it says otherwise. */
    static final class SecureCookies extends HttpServletResponseWrapper {

        SecureCookies(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addCookie(Cookie cookie) {
            cookie.setSecure(true);
            if (cookie.getAttribute("SameSite") == null) {
                cookie.setAttribute("SameSite", "Lax");
            }
            super.addCookie(cookie);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, secured(name, value));
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, secured(name, value));
        }

        static String secured(String name, String value) {
            if (value == null || !"Set-Cookie".equalsIgnoreCase(name)) {
                return value;
            }
            String lower = value.toLowerCase(Locale.ROOT);
            String result = value;
            if (!lower.matches(".*;\\s*secure\\s*(;.*)?$")) {
                result += "; Secure";
            }
            if (!lower.contains("samesite=")) {
                result += "; SameSite=Lax";
            }
            return result;
        }
    }
}
