package org.vietlao.linkage.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.tomcat.util.http.MimeHeaders;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.vietlao.linkage.IntegrationTest;

/**
 * Issue 9, defect 7: behind a TLS-terminating proxy the session cookie was never {@code Secure}, forwarded
 * headers were ignored and no HSTS was sent. The tests' client connects from 127.0.0.1, a trusted proxy by
 * default; a second application with another trusted-proxy setting shows that the same headers from an
 * address that is not a proxy change nothing.
 */
class BehindTlsProxyTest {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    static HttpResponse<String> signInPage(int port, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login?lang=vi"));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static List<String> cookies(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie");
    }

    @Nested
    @IntegrationTest
    class FromATrustedProxy {

        @LocalServerPort
        int port;

        @Test
        void httpsForwardedByATrustedProxyGetsSecureCookiesAndHsts() throws Exception {
            var response = signInPage(port, "X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.7");

            assertThat(cookies(response))
                    .as("the session cookie and the language cookie")
                    .anySatisfy(cookie -> assertThat(cookie).startsWith("SESSION="))
                    .anySatisfy(cookie -> assertThat(cookie).startsWith("lang="))
                    .allSatisfy(cookie ->
                            assertThat(cookie).containsIgnoringCase("; Secure").containsIgnoringCase("SameSite=Lax"));
            assertThat(response.headers().firstValue("Strict-Transport-Security"))
                    .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age="));
        }

        @Test
        void theStandardForwardedHeaderCountsToo() throws Exception {
            var response = signInPage(port, "Forwarded", "for=203.0.113.7;proto=https;host=linkage.example");

            assertThat(cookies(response))
                    .isNotEmpty()
                    .allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("; Secure"));
            assertThat(response.headers().firstValue("Strict-Transport-Security"))
                    .isPresent();
        }

        @Test
        void plainHttpGetsNeitherSecureCookiesNorHsts() throws Exception {
            var response = signInPage(port);

            assertThat(cookies(response))
                    .isNotEmpty()
                    .noneSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("; Secure"));
            assertThat(response.headers().firstValue("Strict-Transport-Security"))
                    .isEmpty();
        }
    }

    /** The same application, but only 192.0.2.1 is a proxy: the tests' own address (loopback) is not. */
    @Nested
    @SpringBootTest(
            webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = "server.tomcat.remoteip.internal-proxies=192\\.0\\.2\\.1")
    @ActiveProfiles("test")
    class FromAnUntrustedAddress {

        @LocalServerPort
        int port;

        @Test
        void forwardedHeadersFromAnAddressThatIsNotAProxyAreIgnored() throws Exception {
            var response = signInPage(
                    port,
                    "X-Forwarded-Proto",
                    "https",
                    "X-Forwarded-For",
                    "203.0.113.7",
                    "Forwarded",
                    "for=203.0.113.7;proto=https");

            assertThat(cookies(response))
                    .isNotEmpty()
                    .noneSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("; Secure"));
            assertThat(response.headers().firstValue("Strict-Transport-Security"))
                    .isEmpty();
        }
    }

    @Test
    void forwardedIsReadIntoTheHeadersTheValveTrustsOrIgnores() {
        MimeHeaders headers = new MimeHeaders();
        ReverseProxyConfiguration.ForwardedHeaderValve.translate(
                "for=\"[2001:db8::17]:4711\";proto=https;host=linkage.example, for=192.0.2.60:8080;proto=http",
                headers);

        assertThat(headers.getHeader("X-Forwarded-For")).isEqualTo("2001:db8::17, 192.0.2.60");
        assertThat(headers.getHeader("X-Forwarded-Proto")).isEqualTo("https");
        assertThat(headers.getHeader("X-Forwarded-Host")).isEqualTo("linkage.example");
    }

    @Test
    void aCookieAlreadySecureIsLeftAsItIs() {
        assertThat(ReverseProxyConfiguration.SecureCookies.secured(
                        "Set-Cookie", "a=b; Path=/; Secure; SameSite=Strict"))
                .isEqualTo("a=b; Path=/; Secure; SameSite=Strict");
        assertThat(ReverseProxyConfiguration.SecureCookies.secured("Set-Cookie", "a=b; Path=/"))
                .isEqualTo("a=b; Path=/; Secure; SameSite=Lax");
        assertThat(ReverseProxyConfiguration.SecureCookies.secured("X-Other", "a=b"))
                .isEqualTo("a=b");
    }
}
