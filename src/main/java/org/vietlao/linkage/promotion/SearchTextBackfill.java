package org.vietlao.linkage.promotion;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vietlao.linkage.reference.ReferenceNames;
import org.vietlao.linkage.shared.LocalizedText;
import org.vietlao.linkage.shared.ProvinceCode;

/**
 * Fills the catalogue's search column for products written by SQL (the demo data, the benchmark's generator), which
 * leave it empty: the folding is Java's ({@code shared.SearchText}), so SQL does not try to copy it (decision 0067).
 * Runs once when the application is ready, in batches; products saved through the service never need it.
 */
@Component
class SearchTextBackfill {

    private static final Logger LOG = LoggerFactory.getLogger(SearchTextBackfill.class);
    static final int BATCH = 2000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Products products;
    private final ReferenceNames names;

    SearchTextBackfill(JdbcClient jdbc, JdbcTemplate template, Products products, ReferenceNames names) {
        this.jdbc = jdbc;
        this.template = template;
        this.products = products;
        this.names = names;
    }

    @EventListener(ApplicationReadyEvent.class)
    void fill() {
        Map<ProvinceCode, LocalizedText> provinces = names.currentProvinces();
        long filled = 0;
        long started = System.nanoTime();
        while (true) {
            List<Object[]> rows = jdbc.sql("""
					SELECT id, country, province_code, hs_code, category, brand_en, brand_vi, brand_lo, name_en, name_vi,
					  name_lo FROM promotion_product WHERE search_text = '' ORDER BY id LIMIT :batch""")
                    .param("batch", BATCH)
                    .query((rs, n) -> {
                        String country = rs.getString("country");
                        String province = rs.getString("province_code");
                        LocalizedText brand = LocalizedText.of(
                                rs.getString("brand_en"), rs.getString("brand_vi"), rs.getString("brand_lo"));
                        LocalizedText name = LocalizedText.of(
                                rs.getString("name_en"), rs.getString("name_vi"), rs.getString("name_lo"));
                        String text = Products.searchText(
                                brand,
                                name,
                                Category.valueOf(rs.getString("category")),
                                rs.getString("hs_code"),
                                provinces.getOrDefault(
                                        new ProvinceCode(new org.vietlao.linkage.shared.CountryCode(country), province),
                                        LocalizedText.same(province)));
                        return new Object[] {text.isEmpty() ? "-" : text, rs.getLong("id")};
                    })
                    .list();
            if (rows.isEmpty()) {
                break;
            }
            template.batchUpdate("UPDATE promotion_product SET search_text = ? WHERE id = ?", rows);
            filled += rows.size();
        }
        if (filled > 0) {
            LOG.info(
                    "Promotion search text: filled for {} products in {} ms",
                    filled,
                    (System.nanoTime() - started) / 1_000_000);
        }
    }
}
