package org.vietlao.linkage.platform;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vietlao.linkage.shared.Actor;

/**
 * The OpenAPI description served at {@code /v3/api-docs} (Swagger UI at {@code /swagger-ui.html}). Every
 * {@code /api} operation needs a bearer token unless it says otherwise (only the token endpoint does). It is
 * written for developers, in English, like the API's field names.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String BEARER = "bearerAuth";

    static {
        // The acting user comes from the bearer token (ActorArgumentResolver), not from the request's parameters.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
    }

    @Bean
    OpenAPI platformApi(@Value("${linkage.api.version}") String version) {
        return new OpenAPI()
                .info(new Info()
                        .title("Viet–Lao Linkage Platform API")
                        .version(version)
                        .description("""
						JSON API of the shared information system of the Vietnam–Laos industrial linkage chains.
						Obtain a bearer token with POST /api/v1/auth/token and send it as \
						`Authorization: Bearer <token>`. Errors are RFC 9457 problem details \
						(application/problem+json) with a stable `code` and `errors[]` naming the offending fields."""))
                .components(
                        new Components()
                                .addSecuritySchemes(
                                        BEARER,
                                        new SecurityScheme()
                                                .type(SecurityScheme.Type.HTTP)
                                                .scheme("bearer")
                                                .description(
                                                        "An opaque token from POST /api/v1/auth/token; expires, and can be revoked with DELETE.")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
