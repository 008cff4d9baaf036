package org.vietlao.linkage.trade;

import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vietlao.linkage.reference.ReferenceNames;
import org.vietlao.linkage.shared.HsCode;

/** The largest products each way in the newest imported BACI year, named in the reader's language. */
@Component
class TopProducts {

    static final int LIMIT = 10;

    private final JdbcClient jdbc;
    private final ReferenceNames names;

    TopProducts(JdbcClient jdbc, ReferenceNames names) {
        this.jdbc = jdbc;
        this.names = names;
    }

    record Product(String code, String name, double valueUsd) {}

    /** The newest year's lists and where they come from; null when no BACI year was imported. */
    record Top(int year, String fileName, List<Product> vnToLa, List<Product> laToVn) {}

    Top latest(Locale locale) {
        Integer year = jdbc.sql("SELECT year FROM trade_bilateral ORDER BY year DESC LIMIT 1")
                .query(Integer.class)
                .optional()
                .orElse(null);
        if (year == null) {
            return null;
        }
        String file = jdbc.sql("""
				SELECT coalesce(i.file_name, 'BACI') FROM trade_bilateral b JOIN trade_import i ON i.id = b.import_id
				WHERE b.year = :y LIMIT 1""").param("y", year).query(String.class).single();
        return new Top(year, file, products(year, "VNM", "LAO", locale), products(year, "LAO", "VNM", locale));
    }

    List<Product> products(int year, String exporter, String importer, Locale locale) {
        return jdbc.sql("""
				SELECT product, value_usd::float8 FROM trade_bilateral WHERE year = :y AND exporter = :i AND importer = :j
				ORDER BY value_usd DESC, product LIMIT :limit""")
                .param("y", year)
                .param("i", exporter)
                .param("j", importer)
                .param("limit", LIMIT)
                .query((rs, n) -> {
                    String code = rs.getString(1);
                    String name = HsCode.tryParse(code)
                            .flatMap(names::hsDescription)
                            .map(text -> text.in(locale).text())
                            .orElse(code);
                    return new Product(code, name, rs.getDouble(2));
                })
                .list();
    }
}
