package org.vietlao.linkage.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.annotation.Annotation;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.vietlao.linkage.ApiClient;
import org.vietlao.linkage.IntegrationTest;

/**
 * Every handler method of the platform carries an explicit role rule, and today's rules answer as they
 * should: anonymous callers get 401 AUT-001, a wrong role 403 AUT-002, both as problem+json.
 */
@IntegrationTest
class EndpointRoleRulesTest {

    private static final List<Class<? extends Annotation>> RULES =
            List.of(PreAuthorize.class, PermitAll.class, RolesAllowed.class, Secured.class, DenyAll.class);

    @Autowired
    ApplicationContext context;

    @LocalServerPort
    int port;

    @Test
    void everyHandlerMethodHasAnExplicitRoleRule() {
        Map<RequestMappingInfo, HandlerMethod> handlers = new LinkedHashMap<>();
        context.getBeansOfType(RequestMappingHandlerMapping.class)
                .values()
                .forEach(mapping -> handlers.putAll(mapping.getHandlerMethods()));
        List<HandlerMethod> ours = handlers.values().stream()
                .filter(handler -> handler.getBeanType().getName().startsWith("org.vietlao.linkage."))
                .toList();

        assertThat(ours)
                .as("the platform's own handlers are found")
                .extracting(h -> h.getMethod().getName())
                .contains("issue", "revoke", "home", "login", "page", "problem");
        assertThat(withoutRule(ours)).isEmpty();
    }

    @Test
    void detectsAHandlerWithoutARule() throws NoSuchMethodException {
        HandlerMethod unguarded = new HandlerMethod(new Unguarded(), Unguarded.class.getDeclaredMethod("open"));
        HandlerMethod guardedByClass =
                new HandlerMethod(new GuardedByClass(), GuardedByClass.class.getDeclaredMethod("open"));

        assertThat(withoutRule(List.of(unguarded, guardedByClass)))
                .containsExactly(Unguarded.class.getName() + ".open");
    }

    static Stream<Rule> todaysRules() {
        return Stream.of(
                // the API: signed in to use it at all, token issue open, operations for ADMIN only
                new Rule("GET", "/api/v1/anything", null, 401, "AUT-001"),
                new Rule("DELETE", "/api/v1/auth/token", null, 401, "AUT-001"),
                new Rule("GET", "/actuator/prometheus", null, 401, "AUT-001"),
                new Rule("GET", "/actuator/prometheus", "analyst", 403, "AUT-002"),
                new Rule("GET", "/actuator/prometheus", "ministry", 403, "AUT-002"),
                new Rule("GET", "/actuator/prometheus", "admin", 200, null),
                new Rule("GET", "/actuator/info", "vn-enterprise", 403, "AUT-002"),
                new Rule("GET", "/actuator/health", null, 200, null),
                // a method rule (hasRole('ADMIN') on the handler) rather than a URL rule
                new Rule("GET", ProbeController.ADMIN_ONLY, "officer", 403, "AUT-002"),
                new Rule("GET", ProbeController.ADMIN_ONLY, "admin", 200, null),
                // every rule annotation the check accepts is enforced, not only @PreAuthorize
                new Rule("GET", ProbeController.SECURED, "analyst", 403, "AUT-002"),
                new Rule("GET", ProbeController.SECURED, "admin", 200, null),
                new Rule("GET", ProbeController.ROLES_ALLOWED, "analyst", 403, "AUT-002"),
                new Rule("GET", ProbeController.ROLES_ALLOWED, "admin", 200, null),
                new Rule("GET", ProbeController.DENIED, "admin", 403, "AUT-002"),
                // pages and API documentation are public
                new Rule("GET", "/", null, 200, null),
                new Rule("GET", "/login", null, 200, null),
                new Rule("GET", "/v3/api-docs", null, 200, null));
    }

    @ParameterizedTest
    @MethodSource("todaysRules")
    void answersByRole(Rule rule) {
        ApiClient client = new ApiClient(port);
        var request =
                client.builder(rule.path(), rule.user()).method(rule.method(), HttpRequest.BodyPublishers.noBody());
        ApiClient.Response response = client.send(request.build());

        assertThat(response.status()).as(rule + ": " + response.body()).isEqualTo(rule.status());
        if (rule.code() != null) {
            assertThat(response.isProblem()).as(response.contentType()).isTrue();
            assertThat(response.json().path("code").asText()).isEqualTo(rule.code());
        }
    }

    static List<String> withoutRule(List<HandlerMethod> handlers) {
        return new ArrayList<>(handlers.stream()
                .filter(handler -> RULES.stream()
                        .noneMatch(rule -> AnnotatedElementUtils.hasAnnotation(handler.getMethod(), rule)
                                || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), rule)))
                .map(handler -> handler.getBeanType().getName() + "."
                        + handler.getMethod().getName())
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    record Rule(String method, String path, String user, int status, String code) {}

    static class Unguarded {

        @GetMapping("/unguarded")
        String open() {
            return "";
        }
    }

    @PreAuthorize("isAuthenticated()")
    static class GuardedByClass {

        @GetMapping("/guarded")
        String open() {
            return "";
        }
    }
}
