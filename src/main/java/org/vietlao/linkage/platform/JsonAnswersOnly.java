package org.vietlao.linkage.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The API answers JSON. An operation that declares no media type of its own is refused with 406 before it runs
 * when the request accepts no JSON (say {@code Accept: application/xml}): otherwise the operation would change
 * data and only then fail to write its answer, and the caller would see an error for a change that was made.
 * Operations that declare what they produce (CSV, XLSX) are negotiated by Spring before they run anyway.
 */
@Configuration(proxyBeanMethods = false)
class JsonAnswersOnly implements WebMvcConfigurer, HandlerInterceptor {

    private static final List<MediaType> JSON = List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws HttpMediaTypeNotAcceptableException {
        if (!(handler instanceof HandlerMethod method) || declaresWhatItProduces(method)) {
            return true;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null || accept.isBlank()) {
            return true;
        }
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException ex) {
            throw new HttpMediaTypeNotAcceptableException(JSON);
        }
        boolean json = accepted.stream().anyMatch(type -> JSON.stream().anyMatch(type::isCompatibleWith));
        if (!json) {
            throw new HttpMediaTypeNotAcceptableException(JSON);
        }
        return true;
    }

    private static boolean declaresWhatItProduces(HandlerMethod method) {
        RequestMapping onMethod = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), RequestMapping.class);
        RequestMapping onType = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), RequestMapping.class);
        return (onMethod != null && onMethod.produces().length > 0) || (onType != null && onType.produces().length > 0);
    }
}
