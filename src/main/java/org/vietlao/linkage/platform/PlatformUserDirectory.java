package org.vietlao.linkage.platform;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vietlao.linkage.shared.UserDirectory;

/** The accounts as other modules may read them (the inbox addresses notices to them). */
@Component
class PlatformUserDirectory implements UserDirectory {

    private static final String COLUMNS = "SELECT username, display_name, preferred_lang, email FROM app_user ";

    private final JdbcClient jdbc;

    PlatformUserDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<User> ofOrganisation(long organisationId) {
        return jdbc.sql(COLUMNS + "WHERE organisation_id = :org AND enabled ORDER BY username")
                .param("org", organisationId)
                .query((rs, n) -> user(rs))
                .list();
    }

    @Override
    public List<User> withUsernames(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COLUMNS + "WHERE username IN (:names) AND enabled ORDER BY username")
                .param("names", List.copyOf(usernames))
                .query((rs, n) -> user(rs))
                .list();
    }

    @Override
    public java.util.Optional<String> countryOfOrganisation(long organisationId) {
        return jdbc.sql("SELECT country FROM organisation WHERE id = :id")
                .param("id", organisationId)
                .query(String.class)
                .optional();
    }

    private static User user(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new User(
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getString("preferred_lang"),
                rs.getString("email"));
    }
}
