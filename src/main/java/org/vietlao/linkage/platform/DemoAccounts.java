package org.vietlao.linkage.platform;

import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The demo accounts as they are in the database (not a list copied into a message), so that the sign-in
 * hint names every one of them, whichever module's demo data added it.
 */
@Repository
class DemoAccounts {

    private final JdbcClient jdbc;

    DemoAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every enabled demo account, by username, with its roles and organisation. */
    List<Account> all() {
        return jdbc.sql("""
				SELECT u.username, o.name AS organisation,
				       coalesce(string_agg(r.role, ',' ORDER BY r.role), '') AS roles
				FROM app_user u
				LEFT JOIN organisation o ON o.id = u.organisation_id
				LEFT JOIN user_role r ON r.user_id = u.id
				WHERE u.demo AND u.enabled
				GROUP BY u.username, o.name
				ORDER BY u.username""")
                .query((rs, n) -> new Account(
                        rs.getString("username"),
                        rs.getString("organisation"),
                        Arrays.stream(rs.getString("roles").split(","))
                                .filter(role -> !role.isEmpty())
                                .toList()))
                .list();
    }

    /** A demo account: who signs in, with which roles, for which organisation. */
    record Account(String username, String organisation, List<String> roles) {}
}
