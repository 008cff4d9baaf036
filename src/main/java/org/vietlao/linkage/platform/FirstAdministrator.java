package org.vietlao.linkage.platform;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vietlao.linkage.shared.EntityChanged;

/**
 * A production database starts with no accounts. When {@code LINKAGE_BOOTSTRAP_ADMIN_USERNAME} and
 * {@code LINKAGE_BOOTSTRAP_ADMIN_PASSWORD} are set and no administrator exists yet, this creates one, so that
 * the operators can sign in and take it from there. It never touches an existing administrator.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    private static final int MIN_PASSWORD_LENGTH = 12;

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final String username;
    private final String password;

    FirstAdministrator(
            JdbcClient jdbc,
            PasswordEncoder passwords,
            ApplicationEventPublisher events,
            @Value("${linkage.bootstrap-admin.username:}") String username,
            @Value("${linkage.bootstrap-admin.password:}") String password) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.events = events;
        this.username = username.strip();
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (username.isEmpty() || password.isEmpty()) {
            return;
        }
        long administrators = jdbc.sql("SELECT count(*) FROM user_role WHERE role = 'ADMIN'")
                .query(Long.class)
                .single();
        if (administrators > 0) {
            return;
        }
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException(
                    "The bootstrap administrator's password needs at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        long id = jdbc.sql("""
				INSERT INTO app_user (username, password_hash, display_name) VALUES (:u, :hash, :u)
				RETURNING id""")
                .param("u", username)
                .param("hash", passwords.encode(password))
                .query(Long.class)
                .single();
        jdbc.sql("INSERT INTO user_role (user_id, role) VALUES (:id, 'ADMIN')")
                .param("id", id)
                .update();
        events.publishEvent(EntityChanged.created("app_user", id, Map.of("username", username, "roles", "ADMIN")));
        log.info("Created the first administrator {}", username);
    }
}
