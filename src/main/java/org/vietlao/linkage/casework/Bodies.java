package org.vietlao.linkage.casework;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The competent bodies, the routing table the platform proposes a body from, and who answers for which body. */
@Component
class Bodies {

    /** A competent body with its name in three languages. */
    record Body(String id, String country, Map<String, String> name) {}

    private final JdbcClient jdbc;

    Bodies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Body> list() {
        return jdbc.sql("SELECT * FROM casework_body ORDER BY country DESC, id")
                .query((rs, n) -> read(rs))
                .list();
    }

    Optional<Body> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT * FROM casework_body WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> read(rs))
                .optional();
    }

    /** The body the table proposes: for the gate when a row names it, else for the country and topic. */
    Optional<String> propose(String country, Topic topic, String gatePairId) {
        return jdbc.sql("""
				SELECT body_id FROM casework_routing
				WHERE country = :c AND topic = :t AND (gate_pair_id = '' OR gate_pair_id = :g)
				ORDER BY gate_pair_id DESC LIMIT 1""")
                .param("c", country)
                .param("t", topic.name())
                .param("g", gatePairId == null ? "" : gatePairId)
                .query(String.class)
                .optional();
    }

    /** The body a CASE_BODY user answers for. */
    Optional<String> ofUser(String username) {
        return jdbc.sql("SELECT body_id FROM casework_body_user WHERE username = :u")
                .param("u", username)
                .query(String.class)
                .optional();
    }

    List<String> usersOf(String bodyId) {
        return jdbc.sql("SELECT username FROM casework_body_user WHERE body_id = :b ORDER BY username")
                .param("b", bodyId)
                .query(String.class)
                .list();
    }

    private static Body read(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Body(
                rs.getString("id"),
                rs.getString("country"),
                Map.of("en", rs.getString("name_en"), "vi", rs.getString("name_vi"), "lo", rs.getString("name_lo")));
    }
}
