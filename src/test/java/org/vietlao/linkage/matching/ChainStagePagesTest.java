package org.vietlao.linkage.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vietlao.linkage.IntegrationTest;
import org.vietlao.linkage.PageSession;

/**
 * Issue 11: a chain stage lists every supplier, page by page, each a link to its profile (it used to list the
 * first 20 as plain names), and the gap line says how many stages lack a supplier and which.
 */
@IntegrationTest
class ChainStagePagesTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everySupplierOfAStageIsReachablePageByPageAsALinkToItsProfile() throws Exception {
        PageSession session = PageSession.signIn(port, "officer");
        int longLists = 0;
        for (long chain : jdbc.sql("SELECT id FROM matching_chain WHERE demo ORDER BY id")
                .query(Long.class)
                .list()) {
            Document page = session.page("/matching/chains/" + chain + "?lang=en");
            for (Element stage : page.select(".chain-stage")) {
                for (Element column : stage.select("[data-country]")) {
                    int total = Integer.parseInt(column.selectFirst("h3").text().replaceAll(".*?(\\d+)$", "$1"));
                    List<String> firstPage = links(column);
                    assertThat(firstPage).hasSize(Math.min(total, ChainViews.PAGE_SIZE));
                    Element more = column.selectFirst("a.stage-more");
                    if (total <= ChainViews.PAGE_SIZE) {
                        assertThat(more).isNull();
                        continue;
                    }
                    longLists++;
                    Set<String> all = new LinkedHashSet<>(firstPage);
                    String next = more.attr("href");
                    int pages = 0;
                    while (next != null && !next.isEmpty() && pages++ < 100) {
                        Document following = session.page(next + "&lang=vi");
                        all.addAll(links(following.selectFirst("#stage-suppliers")));
                        Element nextLink = following.selectFirst("li.page-item:not(.disabled) a#stage-next");
                        next = nextLink == null ? null : nextLink.attr("href");
                    }
                    assertThat(all)
                            .as("stage %s of chain %d", stage.id(), chain)
                            .hasSize(total);
                }
            }
        }
        assertThat(longLists)
                .as("a demo stage with more than one page of suppliers")
                .isPositive();
    }

    @Test
    void anUnknownStageOrCountryIsRefusedWithAPage() throws Exception {
        PageSession session = PageSession.signIn(port, "analyst");
        long chain = jdbc.sql("SELECT id FROM matching_chain ORDER BY id LIMIT 1")
                .query(Long.class)
                .single();
        assertThat(session.get("/matching/chains/" + chain + "/stages/99").statusCode())
                .isEqualTo(404);
        assertThat(session.get("/matching/chains/" + chain + "/stages/1?country=TH")
                        .statusCode())
                .isEqualTo(400);
        assertThat(session.get("/matching/chains/" + chain + "/stages/1?country=LA&page=9999")
                        .statusCode())
                .as("a page past the last shows the last")
                .isEqualTo(200);
    }

    private static List<String> links(Element list) {
        List<String> hrefs = new ArrayList<>();
        for (Element item : list.select("li")) {
            Element link = item.selectFirst("a.enterprise-link");
            assertThat(link).as("a supplier without a link: %s", item.text()).isNotNull();
            assertThat(link.attr("href")).matches("/enterprises/\\d+");
            hrefs.add(link.attr("href"));
        }
        return hrefs;
    }
}
