package org.vietlao.linkage.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.vietlao.linkage.shared.IdempotentRequests;

/**
 * The registry started alone with what it declares it uses (shared, reference), on the embedded PostgreSQL:
 * registering an enterprise stores it, answers it to other modules and announces it.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles("test")
class EnterpriseModuleTest {

    /** Implemented by the platform, which this test does not start; the registry's import pages ask for it. */
    @MockitoBean
    IdempotentRequests idempotentRequests;

    @Autowired
    EnterpriseFixtures fixtures;

    @Autowired
    EnterpriseDirectory directory;

    @Test
    void aRegisteredEnterpriseIsAnsweredToOtherModulesAndAnnounced(PublishedEvents events) {
        long id = fixtures.lao("LA-SV").offers("970290", 5, "pcs").create();

        EnterpriseProfile profile = directory.find(new EnterpriseId(id)).orElseThrow();
        assertThat(profile.country()).isEqualTo("LA");
        assertThat(profile.offers()).extracting(EnterpriseProfile.Offer::hsCode).containsExactly("970290");
        assertThat(events.ofType(EnterpriseRegistered.class).matching(e -> e.id().value() == id))
                .hasSize(1);
    }
}
