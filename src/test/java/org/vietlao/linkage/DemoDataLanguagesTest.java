package org.vietlao.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 11: the demo data reads as real Vietnamese and Lao data would. Each demo enterprise describes its offers
 * in its own language (no English copies), and the demo accounts carry people's names in their language rather
 * than role descriptions, still marked as demo.
 */
@IntegrationTest
class DemoDataLanguagesTest {

    /** Lao script: U+0E80 to U+0EFF. */
    static final String LAO = ".*[\\u0E80-\\u0EFF].*";

    /** Letters only Vietnamese uses among the Latin ones (ă, â, đ, ê, ô, ơ, ư and the tone marks). */
    static final String VIETNAMESE = "(?i).*[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ].*";

    @Autowired
    JdbcClient jdbc;

    @Test
    void demoEnterprisesDescribeTheirOffersInTheirOwnLanguage() {
        List<Map<String, Object>> offers = jdbc.sql("""
				SELECT e.country, o.description FROM enterprise_offer o JOIN enterprise e ON e.id = o.enterprise_id
				WHERE e.demo AND o.description IS NOT NULL""").query().listOfRows();
        assertThat(offers).hasSizeGreaterThan(300);
        assertThat(offers.stream()
                        .filter(row -> row.get("country").equals("LA"))
                        .map(row -> (String) row.get("description")))
                .isNotEmpty()
                .allSatisfy(text -> assertThat(text).matches(LAO));
        assertThat(offers.stream()
                        .filter(row -> row.get("country").equals("VN"))
                        .map(row -> (String) row.get("description")))
                .isNotEmpty()
                .allSatisfy(text -> assertThat(text).matches(VIETNAMESE).doesNotMatch(LAO));
    }

    @Test
    void demoAccountsCarryPeoplesNamesInTheirLanguageMarkedAsDemo() {
        List<Map<String, Object>> accounts = jdbc.sql(
                        "SELECT username, display_name, preferred_lang FROM app_user WHERE demo ORDER BY username")
                .query()
                .listOfRows();
        assertThat(accounts).hasSizeGreaterThanOrEqualTo(7);
        for (Map<String, Object> account : accounts) {
            String name = (String) account.get("display_name");
            assertThat(name)
                    .as("%s", account.get("username"))
                    .endsWith("(demo)")
                    .doesNotStartWith("Demo ");
            assertThat(name)
                    .as("%s in its language", account.get("username"))
                    .matches("lo".equals(account.get("preferred_lang")) ? LAO : VIETNAMESE);
        }
    }
}
