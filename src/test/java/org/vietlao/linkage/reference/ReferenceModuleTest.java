package org.vietlao.linkage.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.vietlao.linkage.shared.CountryCode;
import org.vietlao.linkage.shared.HsCode;
import org.vietlao.linkage.shared.IdempotentRequests;

/**
 * Reference data started alone (it uses only shared), on the embedded PostgreSQL its migrations filled: the HS
 * nomenclature and the provinces after the July 2025 merger are answered.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles("test")
class ReferenceModuleTest {

    /** Implemented by the platform, which this test does not start; the rate import API asks for it. */
    @MockitoBean
    IdempotentRequests idempotentRequests;

    @Autowired
    ReferenceData referenceData;

    @Test
    void answersHsCodesAndTheProvincesOfADay() {
        assertThat(referenceData.isKnownHsCode(HsCode.parse("071410"))).isTrue();
        assertThat(referenceData.isKnownHsCode(HsCode.parse("071499"))).isFalse();
        assertThat(referenceData.provincesOn(CountryCode.parse("VNM"), LocalDate.of(2025, 7, 1)))
                .extracting(Province::code)
                .contains("40")
                .doesNotContain("45");
    }
}
