package org.vietlao.linkage.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.vietlao.linkage.enterprise.EnterpriseFixtures;
import org.vietlao.linkage.enterprise.EnterpriseId;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.IdempotentRequests;
import org.vietlao.linkage.shared.Role;

/**
 * Matching started alone with what it declares it uses (shared, reference, enterprise): an enterprise the
 * registry announces reaches the index, and its partner across the border is suggested.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles("test")
class MatchingModuleTest {

    /** Implemented by the platform, which this test does not start; the registry's import pages ask for it. */
    @MockitoBean
    IdempotentRequests idempotentRequests;

    @Autowired
    EnterpriseFixtures fixtures;

    @Autowired
    Matchmaker matchmaker;

    @Test
    void suggestsTheSupplierAcrossTheBorderOfWhatAnEnterpriseNeeds() {
        long buyer = fixtures.lao("LA-CH").needs("970191", 10, "pcs").create();
        long seller = fixtures.vietnamese("40").offers("970191", 10, "pcs").create();

        Matchmaker.Suggestions suggestions =
                matchmaker.suggestionsFor(Actor.onBehalfOf("analyst", Role.ANALYST), new EnterpriseId(buyer), 50);

        assertThat(suggestions.matches())
                .extracting(match -> match.partner().id())
                .contains(seller);
    }
}
