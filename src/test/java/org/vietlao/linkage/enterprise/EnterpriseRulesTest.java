package org.vietlao.linkage.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.Role;

/**
 * Who may register, change and verify an enterprise.
 */
class EnterpriseRulesTest {

    static Actor person(String username, Long organisationId, Role role) {
        return new Actor(1, username, username, Set.of(role), organisationId, Set.of(), Set.of());
    }

    static final Actor SAVAN_USER = person("la-enterprise", 6L, Role.ENTERPRISE);
    static final Actor NGHE_AN_USER = person("vn-enterprise", 5L, Role.ENTERPRISE);
    static final Actor ANALYST = person("analyst", 2L, Role.ANALYST);
    static final Actor MINISTRY = person("ministry", 3L, Role.MINISTRY);

    static Profile savan() {
        return Profile.check(ProfileTest.savan(), ProfileTest.CATALOGUE);
    }

    @Test
    void anEnterpriseUserRegistersForTheirOrganisation() {
        Enterprise enterprise = Enterprise.register(savan(), SAVAN_USER);

        assertThat(enterprise.ownerOrganisationId()).isEqualTo(6L);
        assertThat(enterprise.verification()).isEqualTo(VerificationStatus.UNVERIFIED);
        assertThat(Enterprise.register(savan(), ANALYST).ownerOrganisationId()).isNull();
    }

    @Test
    void othersMayNotRegister() {
        assertThatThrownBy(() -> Enterprise.register(savan(), MINISTRY))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        ex -> assertThat(ex.errorCode()).isEqualTo(ErrorCode.AUT_002));
        assertThatThrownBy(() -> Enterprise.register(savan(), person("loner", null, Role.ENTERPRISE)))
                .isInstanceOf(BusinessException.class);
    }

    @Test
    void onlyTheOwnerAndAnalystsChangeIt() {
        Enterprise enterprise = Enterprise.register(savan(), SAVAN_USER);

        assertThat(enterprise.isEditableBy(SAVAN_USER)).isTrue();
        assertThat(enterprise.isEditableBy(ANALYST)).isTrue();
        assertThat(enterprise.isEditableBy(NGHE_AN_USER)).isFalse();
        assertThatThrownBy(() -> enterprise.changeProfile(savan(), NGHE_AN_USER))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        ex -> assertThat(ex.errorCode()).isEqualTo(ErrorCode.AUT_002));
    }

    @Test
    void onlyAnAnalystVerifies() {
        Enterprise enterprise = Enterprise.register(savan(), SAVAN_USER);
        Instant now = Instant.parse("2026-11-22T03:00:00Z");

        assertThatThrownBy(() -> enterprise.verify(VerificationStatus.VERIFIED, SAVAN_USER, now))
                .isInstanceOf(BusinessException.class);
        Map<String, Object> changes = enterprise.verify(VerificationStatus.VERIFIED, ANALYST, now);

        assertThat(changes).containsEntry("verificationStatus", Map.of("from", "UNVERIFIED", "to", "VERIFIED"));
        assertThat(enterprise.verifiedBy()).isEqualTo("analyst");
        assertThat(enterprise.verifiedAt()).isEqualTo(now);
    }

    @Test
    void anOwnerRenamingAVerifiedEnterpriseLosesTheVerification() {
        Enterprise enterprise = Enterprise.register(savan(), SAVAN_USER);
        enterprise.verify(VerificationStatus.VERIFIED, ANALYST, Instant.now());
        Profile.Draft draft = ProfileTest.savan();
        Profile renamed = Profile.check(
                new Profile.Draft(
                        draft.country(),
                        draft.registrationNumber(),
                        "Savan Agro",
                        draft.names(),
                        draft.provinceCode(),
                        draft.sector(),
                        draft.employees(),
                        null,
                        null,
                        List.of("GLOBALGAP"),
                        null,
                        draft.offers(),
                        draft.needs()),
                ProfileTest.CATALOGUE);

        Map<String, Object> changes = enterprise.changeProfile(renamed, SAVAN_USER);

        assertThat(enterprise.verification()).isEqualTo(VerificationStatus.UNVERIFIED);
        assertThat(changes).containsKeys("name", "verificationStatus");
    }
}
