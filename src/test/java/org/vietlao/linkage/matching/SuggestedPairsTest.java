package org.vietlao.linkage.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.vietlao.linkage.IntegrationTest;
import org.vietlao.linkage.PageSession;

/**
 * Issue 11: the staff home page counts the partners the engine suggests over the whole registry. The count is
 * checked against every Vietnamese–Lao pair asked one by one.
 */
@IntegrationTest
class SuggestedPairsTest {

    @LocalServerPort
    int port;

    @Autowired
    SuggestedPairs suggested;

    @Autowired
    MatchingIndex index;

    @Test
    void theCountIsEveryPairTheEngineRelatesAndEveryEnterpriseWithAPartner() {
        SuggestedPairs.Count count = suggested.countNow();

        MatchingIndex.State state = index.state();
        MatchEngine engine = state.engine();
        List<Party> all = state.parties().all();
        long pairs = 0;
        Set<Long> withPartner = new HashSet<>();
        for (Party vietnamese : all) {
            if (!Party.VIET_NAM.equals(vietnamese.country())) {
                continue;
            }
            for (Party lao : all) {
                if (Party.LAOS.equals(lao.country())
                        && engine.between(vietnamese, lao).isPresent()) {
                    pairs++;
                    withPartner.add(vietnamese.id());
                    withPartner.add(lao.id());
                }
            }
        }
        assertThat(pairs).as("the demo data relates some pairs").isPositive();
        assertThat(count.enterprises()).isEqualTo(all.size());
        assertThat(count.pairs()).isEqualTo(pairs);
        assertThat(count.withPartner()).isEqualTo(withPartner.size());
    }

    @Test
    void staffSeeTheCountOnTheirHomePageWithItsSourceAndEnterprisesDoNot() throws Exception {
        Document home = PageSession.signIn(port, "ministry").page("/?lang=vi");
        Element panel = home.getElementById("home-panel-suggestions");
        assertThat(panel).isNotNull();
        long shown = Long.parseLong(panel.selectFirst(".figure-value").text().replaceAll("\\D", ""));
        assertThat(shown).isEqualTo(suggested.latest().orElseThrow().pairs());
        assertThat(panel.selectFirst(".figure-source").text()).endsWith("(UTC+7)");
        assertThat(panel.selectFirst("th a").attr("href")).isEqualTo("/matching");

        Document enterprise = PageSession.signIn(port, "vn-enterprise").page("/?lang=vi");
        assertThat(enterprise.getElementById("home-panel-suggestions")).isNull();
    }
}
