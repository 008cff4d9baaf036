package org.vietlao.linkage.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.vietlao.linkage.shared.ErrorCode;

/**
 * Errors Tomcat answers itself, before any filter or Spring MVC sees the request: an address it refuses
 * ({@code %2F}, {@code %5C}, {@code %00}, {@code ..%2F}), a request line or headers over the limit, a body it
 * will not swallow. Its own error report valve is replaced by one that writes problem+json under
 * {@code /api/} and {@code /actuator/} and the platform's error page in the reader's language elsewhere.
 * Errors of the application itself still go through {@link ErrorPages}; this valve only speaks when the
 * response is in error and nothing has been written (decision 0007).
 */
@Component
class ContainerErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private static final Logger log = LoggerFactory.getLogger(ContainerErrors.class);

    private final ObjectProvider<Problems> problems;
    private final ObjectProvider<ObjectMapper> json;
    private final ObjectProvider<ITemplateEngine> templates;
    private final ObjectProvider<UploadLimits> limits;

    ContainerErrors(
            ObjectProvider<Problems> problems,
            ObjectProvider<ObjectMapper> json,
            ObjectProvider<ITemplateEngine> templates,
            ObjectProvider<UploadLimits> limits) {
        this.problems = problems;
        this.json = json;
        this.templates = templates;
        this.limits = limits;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                // Spring Boot adds a plain ErrorReportValve in its own customizer, which runs before this one.
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.setErrorReportValveClass(ProblemReportValve.class.getName());
                host.getPipeline().addValve(new ProblemReportValve(this));
            }
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /**
     * The problem for a status the container set: 400 (and 501 for a transfer coding it does not know, 505 for
     * an HTTP version it does not speak) is a request it would not take.
     */
    ErrorCode codeFor(int status) {
        return status == 400 || status == 501 || status == 505 ? ErrorCode.PLT_015 : ErrorPages.codeFor(status);
    }

    Object[] argsFor(ErrorCode code, HttpServletRequest request) {
        UploadLimits sizes = limits.getObject();
        if (code == ErrorCode.PLT_015) {
            return new Object[] {sizes.header()};
        }
        return code == ErrorCode.PLT_004 ? new Object[] {sizes.of(request)} : new Object[0];
    }

    /** An answer written outside Spring MVC: its status, media type and body. */
    record Report(int status, String contentType, String body) {}

    /**
     * Problem+json under {@code /api/} and {@code /actuator/}, the platform's error page in the reader's
     * language elsewhere. No path at all means the request line itself was refused (over the size limit): only
     * programs send such lines, so they get the answer a program reads.
     */
    Report report(HttpServletRequest request, ErrorCode code, Object[] args) throws IOException {
        // On an error dispatch (Tomcat refuses TRACE with a 405 that it forwards to /error) the path asked for
        // is the original one, not /error.
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = original != null ? original.toString() : request.getRequestURI();
        Problems problems = this.problems.getObject();
        if (uri == null || uri.isEmpty() || ErrorPages.isApiPath(uri, request.getContextPath())) {
            ProblemDetail problem = problems.of(code, List.of(), request, args);
            return new Report(
                    code.status().value(),
                    Problems.PROBLEM_JSON.toString(),
                    json.getObject().writeValueAsString(problem));
        }
        Locale locale = problems.localeOf(request);
        Context context = new Context(
                locale, Map.of("errorCode", code.code(), "errorMessage", problems.message(code, locale, args)));
        return new Report(
                code.status().value(), "text/html", templates.getObject().process("container-error", context));
    }

    /** Tomcat's error report valve, speaking problem+json and the platform's languages. */
    public static final class ProblemReportValve extends ErrorReportValve {

        private final ContainerErrors errors;

        /** Only for Tomcat's reflective lookup by class name; the customizer adds the configured instance. */
        public ProblemReportValve() {
            this(null);
        }

        ProblemReportValve(ContainerErrors errors) {
            this.errors = errors;
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            if (errors == null) {
                super.report(request, response, throwable);
                return;
            }
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            AtomicBoolean ioAllowed = new AtomicBoolean(false);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
            if (!ioAllowed.get()) {
                return;
            }
            try {
                ErrorCode code = errors.codeFor(status);
                Report report = errors.report(request, code, errors.argsFor(code, request));
                response.setStatus(report.status());
                response.setContentType(report.contentType());
                response.setCharacterEncoding("UTF-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(report.body());
                    response.finishResponse();
                }
            } catch (IOException | RuntimeException ex) {
                log.warn("Could not write the error report for status {}", status, ex);
            }
        }
    }
}
