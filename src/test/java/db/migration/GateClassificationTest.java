package db.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GateClassificationTest {

    @Test
    void readsTheTypeFromTheStartOfTheText() {
        assertThat(GateClassification.type("international", "VL-MAIN-03")).isEqualTo("international");
        assertThat(GateClassification.type("main (bilateral)", "VL-MAIN-01")).isEqualTo("main");
        assertThat(GateClassification.type(
                        "secondary (local) per 2016 list; some VN sources call it main - CONFLICT", "VL-SEC-08"))
                .isEqualTo("secondary");
    }

    @Test
    void classesPlannedAndCommittedPairsAsPlanned() {
        assertThat(GateClassification.type("planned secondary by 2030", "VL-PLAN-01"))
                .isEqualTo("planned");
        assertThat(GateClassification.type(
                        "committed secondary (2017 provincial commitment); opening status not confirmed", "VL-PLAN-03"))
                .isEqualTo("planned");
    }

    @Test
    void fallsBackOnThePairClassWhenTheTypeIsUnconfirmed() {
        assertThat(GateClassification.type("UNCONFIRMED", "VL-SEC-14")).isEqualTo("secondary");
        assertThatThrownBy(() -> GateClassification.type("UNCONFIRMED", "X-1"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void marksTypesTheSourceDoubts() {
        assertThat(GateClassification.typeUncertain("UNCONFIRMED")).isTrue();
        assertThat(GateClassification.typeUncertain(
                        "secondary (local) per 2016 list; some VN sources call it main - CONFLICT"))
                .isTrue();
        assertThat(GateClassification.typeUncertain("international")).isFalse();
    }

    @Test
    void mapsPrecisionFlagsToClasses() {
        assertThat(GateClassification.precision("GATE")).isEqualTo("exact");
        assertThat(GateClassification.precision("APPROX-VILLAGE-AT-GATE")).isEqualTo("town");
        assertThat(GateClassification.precision("APPROX-COMMUNE")).isEqualTo("town");
        assertThat(GateClassification.precision("APPROX-DISTRICT-SEAT")).isEqualTo("district");
        assertThat(GateClassification.precision(null)).isEqualTo("none");
        assertThatThrownBy(() -> GateClassification.precision("SOMEWHERE")).isInstanceOf(IllegalStateException.class);
    }
}
