package db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HsDescriptionsTest {

    @Test
    void dropsTheIndentationDashesAndTheTrailingColon() {
        assertThat(HsDescriptions.clean("- Sắn:")).isEqualTo("Sắn");
        assertThat(HsDescriptions.clean("- - - Lát đã được làm khô")).isEqualTo("Lát đã được làm khô");
    }

    @Test
    void leavesAHeadingWithoutDashesAsItIs() {
        assertThat(HsDescriptions.clean("Ngựa, lừa, la sống")).isEqualTo("Ngựa, lừa, la sống");
        assertThat(HsDescriptions.indent("Ngựa, lừa, la sống")).isZero();
    }

    @Test
    void countsTheDashesAsTheDepth() {
        assertThat(HsDescriptions.indent("- - - Loại khác")).isEqualTo(3);
        assertThat(HsDescriptions.indent("- -Loại khác")).isEqualTo(2);
    }

    @Test
    void keepsDashesInsideTheText() {
        assertThat(HsDescriptions.clean("- Loại khác, a-ti-sô")).isEqualTo("Loại khác, a-ti-sô");
    }
}
