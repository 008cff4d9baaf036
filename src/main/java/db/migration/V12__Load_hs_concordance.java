package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Loads the HS 2022 to HS 2017 correspondence (insongkim/concordance, from the UN Statistics Division's
 * tables): in that package "HS6" is HS 2022 and "HS5" is HS 2017.
 */
public class V12__Load_hs_concordance extends ReferenceDataMigration {

    static final String HS2022_TO_HS2017 = "hs/concordance/hs2022_to_hs2017.csv";

    @Override
    List<String> files() {
        return List.of(HS2022_TO_HS2017);
    }

    @Override
    void load(Connection connection) throws SQLException {
        List<Object[]> rows = csv(HS2022_TO_HS2017).rows().stream()
                .map(row -> new Object[] {row.get("HS6_6d"), row.get("HS5_6d")})
                .toList();
        copy(connection, "hs_concordance_2017 (hs2022, hs2017)", rows);
    }
}
