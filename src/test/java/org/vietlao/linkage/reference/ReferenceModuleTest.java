package org.vietlao.linkage.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.vietlao.linkage.shared.CountryCode;
import org.vietlao.linkage.shared.HsCode;

/**
 * Reference data started alone (it uses only shared), on the embedded PostgreSQL its migrations filled: the HS
 * nomenclature and the provinces after the July 2025 merger are answered.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles("test")
class ReferenceModuleTest {

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
