package org.vietlao.linkage.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VietnameseTaxCodeTest {

    @Test
    void acceptsAValidTaxCodeAndABranchSuffix() {
        assertThat(VietnameseTaxCode.normalised("0100233488")).isEqualTo("0100233488");
        assertThat(VietnameseTaxCode.normalised("0314409058-002")).isEqualTo("0314409058-002");
        assertThat(VietnameseTaxCode.normalised("0314409058002")).isEqualTo("0314409058-002");
        assertThat(VietnameseTaxCode.normalised("01.00.233.488")).isEqualTo("0100233488");
    }

    @Test
    void rejectsAWrongCheckDigit() {
        assertThat(VietnameseTaxCode.normalised("0100233480")).isNull();
    }

    @Test
    void rejectsWrongLengthsLettersAnEmptySequenceAndBranchZero() {
        assertThat(VietnameseTaxCode.normalised("12345")).isNull();
        assertThat(VietnameseTaxCode.normalised("01002334AB")).isNull();
        assertThat(VietnameseTaxCode.normalised("0100000000")).isNull();
        assertThat(VietnameseTaxCode.normalised("0314409058-000")).isNull();
    }

    @Test
    void aSumLeavingTenHasNoValidCheckDigit() {
        // 31·1 = 31 ≡ 9 (mod 11): the check digit is 10 − 9 = 1.
        assertThat(VietnameseTaxCode.checkDigit("100000000")).isEqualTo(1);
        // 11 divides the sum: 10 − 0 = 10 cannot be written, so no number with these nine digits is valid.
        assertThat(VietnameseTaxCode.checkDigit("000000000")).isNull();
    }

    @Test
    void laoNumbersTakeThePrefix() {
        assertThat(RegistrationNumber.normalised("LA", "0100234")).isEqualTo("LA-0100234");
        assertThat(RegistrationNumber.normalised("LA", "la-0100234")).isEqualTo("LA-0100234");
        assertThat(RegistrationNumber.normalised("LA", "LA-12")).isNull();
        assertThat(RegistrationNumber.normalised("VN", "0100233488")).isEqualTo("0100233488");
    }
}
