package org.vietlao.linkage.platform;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Spring MVC additions every module's controllers rely on: the {@code Actor} parameter. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final ActorArgumentResolver actors;

    WebConfiguration(ActorArgumentResolver actors) {
        this.actors = actors;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(actors);
    }
}
