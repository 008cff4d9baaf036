package org.vietlao.linkage.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.vietlao.linkage.IntegrationTest;

@IntegrationTest
class FirstAdministratorTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void leavesExistingAdministratorsAlone() {
        long before =
                jdbc.sql("SELECT count(*) FROM app_user").query(Long.class).single();
        new FirstAdministrator(jdbc, passwords, events, "root-bootstrap", "a-long-enough-password").run(null);
        long after = jdbc.sql("SELECT count(*) FROM app_user").query(Long.class).single();
        assertThat(after).isEqualTo(before);
    }

    @Test
    void createsTheFirstAdministratorWhenThereIsNone() {
        jdbc.sql(
                        "UPDATE user_role SET role = 'ANALYST' WHERE role = 'ADMIN' AND user_id = (SELECT id FROM app_user WHERE username = 'admin')")
                .update();
        try {
            assertThatThrownBy(
                            () -> new FirstAdministrator(jdbc, passwords, events, "root-bootstrap", "short").run(null))
                    .isInstanceOf(IllegalStateException.class);
            new FirstAdministrator(jdbc, passwords, events, "root-bootstrap", "a-long-enough-password").run(null);
            String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE username = 'root-bootstrap'")
                    .query(String.class)
                    .single();
            assertThat(passwords.matches("a-long-enough-password", hash)).isTrue();
            assertThat(jdbc.sql(
                                    "SELECT count(*) FROM audit_event WHERE entity_type = 'app_user' AND action = 'CREATED'")
                            .query(Long.class)
                            .single())
                    .isPositive();
        } finally {
            jdbc.sql("DELETE FROM app_user WHERE username = 'root-bootstrap'").update();
            jdbc.sql(
                            "UPDATE user_role SET role = 'ADMIN' WHERE role = 'ANALYST' AND user_id = (SELECT id FROM app_user WHERE username = 'admin')")
                    .update();
        }
    }
}
