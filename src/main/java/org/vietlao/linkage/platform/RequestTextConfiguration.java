package org.vietlao.linkage.platform;

import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers {@link RequestTextFilter} after the language switch (so the refusal is in the language asked for)
 * and before Spring Security: the sign-in form's fields are checked too, and a control character in a
 * parameter says nothing about what the caller may do.
 */
@Configuration(proxyBeanMethods = false)
class RequestTextConfiguration {

    @Bean
    FilterRegistrationBean<RequestTextFilter> requestTextFilter(Problems problems) {
        var registration = new FilterRegistrationBean<>(new RequestTextFilter(problems));
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 5);
        return registration;
    }

    /**
     * First of all: the language switch and the CSRF check of the page chain ask a multipart form for a
     * parameter, which makes the container read the whole upload.
     */
    @Bean
    FilterRegistrationBean<MultipartLimitFilter> multipartLimitFilter(UploadLimits limits, Problems problems) {
        var registration = new FilterRegistrationBean<>(new MultipartLimitFilter(limits, problems));
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 20);
        return registration;
    }
}
