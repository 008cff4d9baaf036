package org.vietlao.linkage.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.vietlao.linkage.IntegrationTest;

/**
 * Decision 0108: a search's count is kept only while the catalogue is unchanged. A product written by plain SQL (not
 * through the service), a changed rating rule and a rolled-back write each give the count the data has, never a
 * count kept from before.
 */
@IntegrationTest
class CatalogueCountTest {

    @Autowired
    Products products;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aKeptCountNeverOutlivesAWriteToProductsOrRules() {
        String word = "kept" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        Products.Query all = Products.query("LA", word, null, null, null, null, null, 0, 20);
        Products.Query ready = Products.query("LA", word, null, null, true, null, null, 0, 20);
        assertThat(products.search(all).total()).isZero();
        assertThat(products.search(all).total()).as("kept").isZero();

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.sql("UPDATE promotion_rating_rule SET min_stars_export = 4 WHERE country = 'LA'")
                    .update();
            insert(word, 3, 2);
            assertThat(products.search(all).total())
                    .as("two products written by SQL in this transaction")
                    .isEqualTo(2);
            assertThat(products.search(ready).total())
                    .as("three stars are not export-ready under a four-star rule")
                    .isZero();
            jdbc.sql("UPDATE promotion_rating_rule SET min_stars_export = 3 WHERE country = 'LA'")
                    .update();
            assertThat(products.search(ready).total())
                    .as("the rule now makes them export-ready")
                    .isEqualTo(2);
            status.setRollbackOnly();
        });
        assertThat(products.search(all).total())
                .as("the rolled-back products are not counted")
                .isZero();
        assertThat(products.search(ready).total()).isZero();

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.sql("UPDATE promotion_rating_rule SET min_stars_export = 4 WHERE country = 'LA'")
                    .update();
            insert(word, 4, 1);
            assertThat(products.search(all).total()).isEqualTo(1);
            assertThat(products.search(ready).total()).isEqualTo(1);
            jdbc.sql("DELETE FROM promotion_product WHERE search_text LIKE :w")
                    .param("w", word + "%")
                    .update();
            assertThat(products.search(all).total()).as("deleted").isZero();
            status.setRollbackOnly();
        });
    }

    @Test
    void keptCountsAreBoundedAndBelongToOneVersion() {
        Products.Counts counts = new Products.Counts(2);
        Products.CountKey a = new Products.CountKey(" WHERE a", java.util.Map.of("w0", "%a%"));
        Products.CountKey b = new Products.CountKey(" WHERE b", java.util.Map.of("w0", "%b%"));
        Products.CountKey c = new Products.CountKey(" WHERE c", java.util.Map.of("w0", "%c%"));
        counts.put(a, 7, 12);
        assertThat(counts.get(a, 7)).isEqualTo(12L);
        assertThat(counts.get(a, 8)).as("another version").isNull();
        assertThat(counts.get(new Products.CountKey(" WHERE a", java.util.Map.of("w0", "%a%")), 7))
                .isEqualTo(12L);
        counts.put(b, 7, 3);
        counts.get(a, 7);
        counts.put(c, 7, 1);
        assertThat(counts.size()).isEqualTo(2);
        assertThat(counts.get(b, 7)).as("least recently used, dropped").isNull();
        assertThat(counts.get(a, 7)).isEqualTo(12L);
    }

    private void insert(String word, int stars, int howMany) {
        LocalDate today = LocalDate.now();
        jdbc.sql("""
				INSERT INTO promotion_product (enterprise_id, country, province_code, hs_code, category, name_en,
				  rating_stars, certificate_number, rating_level, rated_on, rating_expires_on, search_text,
				  created_by, created_at)
				SELECT 1, 'LA', 'LA-VT', '090111', 'DRINK', 'Kept ' || i, :stars, 'K-' || i, 'PROVINCE',
				  CAST(:today AS DATE) - 30, CAST(:today AS DATE) + 365, :word || ' n' || i, 'test', now()
				FROM generate_series(1, :n) i""")
                .param("stars", stars)
                .param("today", today)
                .param("word", word)
                .param("n", howMany)
                .update();
    }
}
