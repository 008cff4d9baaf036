package org.vietlao.linkage.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The sentences every module asks of the acting user. */
class ActorTest {

    record Owned(Long ownerOrganisationId) implements Actor.OrganisationOwned {}

    static Actor person(Role role, Long organisation, Set<Long> enterprises) {
        return new Actor(7, "someone", "Someone", Set.of(role), organisation, enterprises, Set.of("VL-INT-06"));
    }

    @Test
    void anEnterpriseUserActsOnlyForTheirOrganisationsEnterprises() {
        Actor user = person(Role.ENTERPRISE, 5L, Set.of(11L, 12L));

        assertThat(user.actsFor(11L)).isTrue();
        assertThat(user.actsFor(13L)).isFalse();
        assertThat(user.mayEdit(new Owned(5L))).isTrue();
        assertThat(user.mayEdit(new Owned(6L))).isFalse();
        assertThat(user.mayEdit(new Owned(null))).isFalse();
        assertThat(user.overseesEveryEnterprise()).isFalse();
    }

    @Test
    void analystsEditEverythingAndOverseeEveryEnterpriseButActForNone() {
        Actor analyst = person(Role.ANALYST, 2L, Set.of());

        assertThat(analyst.mayEdit(new Owned(6L))).isTrue();
        assertThat(analyst.overseesEveryEnterprise()).isTrue();
        assertThat(analyst.actsFor(11L)).isFalse();
        assertThat(analyst.readsEveryClosedEvaluation()).isFalse();
    }

    @Test
    void ministryReadsClosedEvaluationsAndAnEnterpriseUserWithoutOrganisationRegistersNothing() {
        assertThat(person(Role.MINISTRY, 3L, Set.of()).readsEveryClosedEvaluation())
                .isTrue();
        assertThat(person(Role.ENTERPRISE, null, Set.of()).mayRegisterEnterprises())
                .isFalse();
        assertThat(person(Role.BORDER_OFFICER, null, Set.of()).guardsGate("VL-INT-06"))
                .isTrue();
    }

    @Test
    void aRefusalIsAut002() {
        Actor ministry = person(Role.MINISTRY, 3L, Set.of());

        assertThatThrownBy(() -> ministry.require(ministry.isAnalyst()))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        ex -> assertThat(ex.errorCode()).isEqualTo(ErrorCode.AUT_002));
    }
}
