package org.vietlao.linkage.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Method;
import java.util.List;
import java.util.function.Supplier;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.Jsr250AuthorizationManager;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.authorization.method.SecuredAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Decides who may act before anything the caller sent is read. Method security runs when the handler method is
 * invoked, which is after Spring MVC has read, converted and validated its arguments: a caller whose role may
 * not act would otherwise learn from a 400 or 422 what a valid body looks like before being told 403. This
 * interceptor runs before argument binding and evaluates the same annotations ({@code @PreAuthorize},
 * {@code @Secured}, {@code @RolesAllowed}, {@code @PermitAll}, {@code @DenyAll}) on the handler method; method
 * security still checks them again at the invocation.
 *
 * <p>Role rules here never look at method arguments (none of them does; {@code EndpointRoleRulesTest} and the
 * authorisation-before-validation test cover every handler). Rules that depend on the target resource (which
 * organisation owns an enterprise, who owns an evaluation) live in the services, which check them before they
 * validate the request's content: see decision 0009.
 */
@Configuration(proxyBeanMethods = false)
class RoleRulesBeforeBinding implements WebMvcConfigurer {

    private final List<AuthorizationManager<MethodInvocation>> rules;

    RoleRulesBeforeBinding(ApplicationContext context) {
        DefaultMethodSecurityExpressionHandler expressions = new DefaultMethodSecurityExpressionHandler();
        expressions.setApplicationContext(context);
        PreAuthorizeAuthorizationManager preAuthorize = new PreAuthorizeAuthorizationManager();
        preAuthorize.setExpressionHandler(expressions);
        this.rules = List.of(preAuthorize, new SecuredAuthorizationManager(), new Jsr250AuthorizationManager());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if (handler instanceof HandlerMethod method) {
                    check(method);
                }
                return true;
            }
        });
    }

    /** Throws {@link AuthorizationDeniedException} when a role rule on the handler refuses the caller. */
    void check(HandlerMethod handler) {
        Supplier<Authentication> caller =
                () -> SecurityContextHolder.getContext().getAuthentication();
        MethodInvocation invocation = new WithoutArguments(handler);
        for (AuthorizationManager<MethodInvocation> rule : rules) {
            AuthorizationResult result = rule.authorize(caller, invocation);
            if (result != null && !result.isGranted()) {
                throw new AuthorizationDeniedException("Access Denied", result);
            }
        }
    }

    /** The handler method as method security sees it, with every argument still unread. */
    private record WithoutArguments(HandlerMethod handler) implements MethodInvocation {

        @Override
        public Method getMethod() {
            return handler.getMethod();
        }

        @Override
        public Object[] getArguments() {
            return new Object[handler.getMethodParameters().length];
        }

        @Override
        public Object proceed() {
            throw new UnsupportedOperationException("only the role rule is evaluated here");
        }

        @Override
        public Object getThis() {
            return handler.getBean();
        }

        @Override
        public AccessibleObject getStaticPart() {
            return handler.getMethod();
        }
    }
}
