package org.vietlao.linkage.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.vietlao.linkage.shared.EnterpriseOwnership;
import org.vietlao.linkage.shared.UnreadNotices;

/**
 * Put on a {@code @WebMvcTest} of any module's controller: the platform's real security (both filter chains,
 * the role rules checked before binding, problem+json for 401/403, CSRF on pages), problem details, locale, the
 * JSON-only rule of the API and the {@code Actor} parameter, with the platform's database-backed parts
 * (accounts, tokens, sign-in throttle, audit trail) mocked, and the two ports every page and every request
 * read ({@link UnreadNotices} for the layout's inbox badge, {@link EnterpriseOwnership} for the actor's
 * enterprises) supplied as mocks (decision 0031). Sign a request in with {@link SignedIn}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ActiveProfiles("test")
@Import({
    SecurityConfiguration.class,
    LocaleConfiguration.class,
    Problems.class,
    UploadLimits.class,
    ActorArgumentResolver.class,
    WebConfiguration.class,
    RoleRulesBeforeBinding.class,
    JsonAnswersOnly.class,
    RequestTextConfiguration.class,
    PlatformWebSliceTokens.class
})
@MockitoBean(
        types = {
            PlatformUsers.class,
            ApiTokens.class,
            LoginThrottle.class,
            AuditTrail.class,
            UnreadNotices.class,
            EnterpriseOwnership.class
        })
public @interface PlatformWebSlice {}
