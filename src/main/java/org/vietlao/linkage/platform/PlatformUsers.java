package org.vietlao.linkage.platform;

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

    private Optional<PlatformUser> findWhere(String condition, Object key) {
        return jdbc.sql("""
				SELECT u.id, u.username, u.password_hash, u.display_name, u.organisation_id, o.name AS organisation_name, u.enabled
				FROM app_user u LEFT JOIN organisation o ON o.id = u.organisation_id
				WHERE\s""" + condition)
                .param("key", key)
                .query((rs, n) -> new Row(
                        rs.getLong("id"),
                        rs.getString("username"),
                        rs.getString("password_hash"),
                        rs.getString("display_name"),
                        (Long) rs.getObject("organisation_id"),
                        rs.getString("organisation_name"),
                        rs.getBoolean("enabled")))
                .optional()
                .map(this::withRolesAndGates);
    }

    private PlatformUser withRolesAndGates(Row row) {
        List<String> roleNames = jdbc.sql("SELECT role FROM user_role WHERE user_id = :id")
                .param("id", row.id())
                .query(String.class)
                .list();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roleNames.forEach(name -> roles.add(Role.valueOf(name)));
        Set<String> gates = new TreeSet<>(jdbc.sql("SELECT gate_pair_id FROM user_border_gate WHERE user_id = :id")
                .param("id", row.id())
                .query(String.class)
                .list());
        return new PlatformUser(
                row.id(),
                row.username(),
                row.passwordHash(),
                row.displayName(),
                row.organisationId(),
                row.organisationName(),
                row.enabled(),
                Set.copyOf(roles),
                Set.copyOf(gates));
    }

    private record Row(
            long id,
            String username,
            String passwordHash,
            String displayName,
            Long organisationId,
            String organisationName,
            boolean enabled) {}
}
