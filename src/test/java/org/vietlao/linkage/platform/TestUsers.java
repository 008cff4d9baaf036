package org.vietlao.linkage.platform;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.vietlao.linkage.shared.Role;

/**
 * Accounts made for one test, so that tests which lock, disable or revoke never touch the demo accounts
 * other tests sign in with. A bean of the tests' shared application context.
 */
@Component
class TestUsers {

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;

    TestUsers(JdbcClient jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    /** A new enabled account with a unique name starting with {@code prefix}; returns the name. */
    String create(String prefix, String password, Role role) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        long id = jdbc.sql("""
				INSERT INTO app_user (username, password_hash, display_name) VALUES (:username, :hash, :username)
				RETURNING id""")
                .param("username", username)
                .param("hash", encoder.encode(password))
                .query(Long.class)
                .single();
        jdbc.sql("INSERT INTO user_role (user_id, role) VALUES (:id, :role)")
                .param("id", id)
                .param("role", role.name())
                .update();
        return username;
    }

    void disable(String username) {
        jdbc.sql("UPDATE app_user SET enabled = FALSE WHERE username = :username")
                .param("username", username)
                .update();
    }
}
