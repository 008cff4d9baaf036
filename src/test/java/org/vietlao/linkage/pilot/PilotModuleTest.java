package org.vietlao.linkage.pilot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.IdempotentRequests;
import org.vietlao.linkage.shared.Role;
import org.vietlao.linkage.shared.UserDirectory;

/**
 * The pilot started alone with what it declares it uses (shared, and matching for the linkage chains its
 * candidates name; matching's own dependencies come along, see docs/decisions/0012): a candidate names only a
 * chain matching has.
 */
@ApplicationModuleTest(
        mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES,
        extraIncludes = {"enterprise", "reference"})
@ActiveProfiles("test")
class PilotModuleTest {

    /** Implemented by the platform, which this test does not start; the registry's import pages ask for it. */
    @MockitoBean
    IdempotentRequests idempotentRequests;

    /** Implemented by the platform too: the pilot shows people by display name (none known here). */
    @MockitoBean
    UserDirectory users;

    static final Actor OWNER = Actor.onBehalfOf("analyst", Role.ANALYST);

    @Autowired
    PilotEvaluations pilot;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCandidateNamesOnlyAChainMatchingHas() {
        long id = pilot.create(OWNER, new Names("Module test", "Kiểm thử", "ທົດສອບ"), null, null, null);
        long chain =
                jdbc.sql("SELECT min(id) FROM matching_chain").query(Long.class).single();

        long candidate = pilot.addCandidate(id, OWNER, new Names("A", "A", "A"), "AGRICULTURE", null, chain);

        assertThat(candidate).isPositive();
        assertThatThrownBy(() ->
                        pilot.addCandidate(id, OWNER, new Names("B", "B", "B"), "AGRICULTURE", null, chain + 100_000))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        ex -> assertThat(ex.errorCode()).isEqualTo(ErrorCode.PIL_027));
    }
}
