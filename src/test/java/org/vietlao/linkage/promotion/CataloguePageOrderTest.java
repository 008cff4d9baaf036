package org.vietlao.linkage.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.vietlao.linkage.IntegrationTest;

/**
 * Decision 0093: a page read by walking the ranked index holds the same products, in the same order, as the page cut
 * from every match sorted, on a set (rolled back afterwards) of 1,400 matches mixing valid, expired, not yet valid
 * and unrated ratings with ties on stars, over first, middle, boundary and past-the-end pages and every filter.
 */
@IntegrationTest
class CataloguePageOrderTest {

    @Autowired
    Products products;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void walkingTheRankedIndexGivesTheSamePagesAsSortingEveryMatch() {
        String word = "walk" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            LocalDate today = products.today();
            jdbc.sql("""
					INSERT INTO promotion_product (enterprise_id, country, province_code, hs_code, category, name_en,
					  rating_stars, certificate_number, rating_level, rated_on, rating_expires_on, search_text,
					  created_by, created_at)
					SELECT 1, 'LA', CASE WHEN i % 3 = 0 THEN 'LA-SV' ELSE 'LA-VT' END, '090111',
					  CASE WHEN i % 2 = 0 THEN 'FOOD' ELSE 'DRINK' END, 'Walk ' || i,
					  CASE WHEN i % 7 = 0 THEN NULL ELSE i % 5 + 1 END,
					  CASE WHEN i % 7 = 0 THEN NULL ELSE 'W-' || i END,
					  CASE WHEN i % 7 = 0 THEN NULL ELSE 'PROVINCE' END,
					  CASE WHEN i % 7 = 0 THEN NULL WHEN i % 13 = 0 THEN CAST(:today AS DATE) + 5
					       ELSE CAST(:today AS DATE) - 10 - (i % 40) * 7 END,
					  CASE WHEN i % 7 = 0 THEN NULL WHEN i % 13 = 0 THEN CAST(:today AS DATE) + 400
					       WHEN i % 11 = 0 THEN CAST(:today AS DATE) - 1 ELSE CAST(:today AS DATE) + 365 END,
					  :word || CASE WHEN i % 2 = 0 THEN ' alpha' ELSE '' END || ' n' || i, 'test', now()
					FROM generate_series(1, 1400) i""").param("today", today).param("word", word).update();
            jdbc.sql("ANALYZE promotion_product").update();

            assertThat(products.search(Products.query("LA", word, null, null, null, null, null, 0, 20))
                            .more())
                    .as("more matches than the count's cap: the page is read by walking")
                    .isTrue();
            List<Products.Query> queries = List.of(
                    Products.query("LA", word, null, null, null, null, null, 0, 20),
                    Products.query("LA", word, null, null, null, null, null, 1, 20),
                    Products.query("LA", word, null, null, null, null, null, 30, 20),
                    Products.query("LA", word, null, null, null, null, null, 10, 100),
                    Products.query("LA", word, null, null, null, null, null, 11, 100),
                    Products.query("LA", word, null, null, null, null, null, 13, 100),
                    Products.query("LA", word, null, null, null, null, null, 14, 100),
                    Products.query("LA", word, null, null, null, null, null, 99, 20),
                    Products.query("LA", word + " alpha", null, null, null, null, null, 0, 50),
                    Products.query("LA", word, "FOOD", null, null, null, null, 2, 25),
                    Products.query("LA", word, null, 3, null, null, null, 0, 20),
                    Products.query("LA", word, null, null, true, null, null, 0, 20),
                    Products.query("LA", word, null, null, false, null, null, 5, 40),
                    Products.query("LA", word, null, null, null, "LA-SV", null, 1, 30),
                    Products.query("LA", word, null, null, null, null, "0901", 0, 100));
            for (Products.Query query : queries) {
                List<Long> sorted = products.pageBySortingEveryMatch(query).stream()
                        .map(Product::id)
                        .toList();
                List<Long> walked =
                        products.pageByWalking(query).stream().map(Product::id).toList();
                assertThat(walked).as(query.toString()).isEqualTo(sorted);
            }
            List<Product> boundary =
                    products.pageBySortingEveryMatch(Products.query("LA", word, null, null, null, null, null, 10, 100));
            assertThat(boundary.stream().map(p -> p.rating().state()).distinct())
                    .as("the set's page 11 of 100 (1,007 valid ratings) crosses from valid ratings to the others")
                    .contains("VALID", "EXPIRED");
            status.setRollbackOnly();
        });
    }
}
