package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Loads ISIC Rev.4: 21 sections, 88 divisions, 238 groups and 419 classes, parents before children (the file
 * is in the classification's own order).
 */
public class V72__Load_isic_classification extends ReferenceDataMigration {

    static final String ISIC = "isic/isic_rev4.csv";

    @Override
    List<String> files() {
        return List.of(ISIC);
    }

    @Override
    void load(Connection connection) throws SQLException {
        List<Object[]> rows = csv(ISIC).rows().stream()
                .map(row -> new Object[] {
                    row.get("code"), row.get("level"), row.optional("parent"), row.get("section"), row.get("title_en")
                })
                .toList();
        copy(connection, "isic_class (code, level, parent, section, title_en)", rows);
    }
}
