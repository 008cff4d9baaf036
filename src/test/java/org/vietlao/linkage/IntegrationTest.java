package org.vietlao.linkage;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test against the whole application on a real port, on the shared embedded PostgreSQL of the test JVM
 * (wiped at the start of each test run), with demo data loaded. Use {@link ApiClient} to call the API.
 * Metrics export stays on (Spring Boot turns it off in tests) so that {@code /actuator/prometheus} is served
 * as in production.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@AutoConfigureObservability(tracing = false)
public @interface IntegrationTest {}
