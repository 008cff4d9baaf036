package org.vietlao.linkage.enterprise;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * ISIC Rev.4, read once: it changes only through a migration. English titles only (no Vietnamese or Lao ones
 * were available), so pages show the code beside the English title.
 */
@Repository
class Sectors {

    /** A class with its English title and section letter. */
    record IsicClass(String code, String title, char section) {}

    private final JdbcClient jdbc;
    private volatile Map<String, IsicClass> classes;

    Sectors(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<IsicClass> find(String code) {
        return Optional.ofNullable(code == null ? null : classes().get(code));
    }

    /** Every class, in code order. */
    List<IsicClass> all() {
        return List.copyOf(classes().values());
    }

    private Map<String, IsicClass> classes() {
        Map<String, IsicClass> loaded = classes;
        if (loaded == null) {
            Map<String, IsicClass> read = new LinkedHashMap<>();
            jdbc.sql("SELECT code, title_en, section FROM isic_class WHERE level = 'CLASS' ORDER BY code")
                    .query(rs -> {
                        read.put(
                                rs.getString("code"),
                                new IsicClass(
                                        rs.getString("code"),
                                        rs.getString("title_en"),
                                        rs.getString("section").charAt(0)));
                    });
            loaded = Map.copyOf(read);
            classes = loaded;
        }
        return loaded;
    }
}
