package org.vietlao.linkage.platform;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Repository;
import org.vietlao.linkage.shared.Role;

/**
 * The people who may sign in, read with their roles, organisation and gates.
 */
@Repository
class PlatformUsers implements UserDetailsService {

    private final JdbcClient jdbc;

    PlatformUsers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public PlatformUser loadUserByUsername(String username) {
        return findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }

    Optional<PlatformUser> findByUsername(String username) {
        return findWhere("u.username = :key", username);
    }

    /** The user behind a bearer token: one query by primary key, then roles and gates (runs on every API call). */
    Optional<PlatformUser> findById(long id) {
        return findWhere("u.id = :key", id);
    }

    /**
     * The enabled or disabled account behind a bearer token that is neither revoked nor expired at {@code now},
     * with the token's id: one round trip for what every API call needs.
     */
    Optional<TokenUser> findByTokenHash(String tokenHash, Instant now) {
        return jdbc.sql(SELECT_USER
                                .replace("FROM app_user u", "FROM api_token t JOIN app_user u ON u.id = t.user_id")
                                .replace("SELECT u.id,", "SELECT t.id AS token_id, t.expires_at, u.id,")
                        + "t.token_hash = :key AND t.revoked_at IS NULL AND t.expires_at > :now")
                .param("key", tokenHash)
                .param("now", Timestamp.from(now))
                .query((rs, n) -> new TokenUser(
                        rs.getLong("token_id"), rs.getTimestamp("expires_at").toInstant(), user(rs)))
                .optional();
    }

    /** A bearer token's id, its expiry and its account. */
    record TokenUser(long tokenId, Instant expiresAt, PlatformUser user) {}

    private static final String SELECT_USER = """
			SELECT u.id, u.username, u.password_hash, u.display_name, u.organisation_id, o.name AS organisation_name,
			       u.enabled,
			       ARRAY(SELECT r.role FROM user_role r WHERE r.user_id = u.id) AS roles,
			       ARRAY(SELECT g.gate_pair_id FROM user_border_gate g WHERE g.user_id = u.id) AS gates
			FROM app_user u LEFT JOIN organisation o ON o.id = u.organisation_id
			WHERE\s""";

    private Optional<PlatformUser> findWhere(String condition, Object key) {
        // One round trip: the account, its organisation, roles and gates.
        return jdbc.sql(SELECT_USER + condition)
                .param("key", key)
                .query((rs, n) -> user(rs))
                .optional();
    }

    private static PlatformUser user(ResultSet rs) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : strings(rs.getArray("roles"))) {
            roles.add(Role.valueOf(name));
        }
        return new PlatformUser(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("password_hash"),
                rs.getString("display_name"),
                (Long) rs.getObject("organisation_id"),
                rs.getString("organisation_name"),
                rs.getBoolean("enabled"),
                Set.copyOf(roles),
                Set.copyOf(new TreeSet<>(List.of(strings(rs.getArray("gates"))))));
    }

    private static String[] strings(java.sql.Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }
}
