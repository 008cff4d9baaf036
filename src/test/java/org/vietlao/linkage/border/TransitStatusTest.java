package org.vietlao.linkage.border;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;

/** Every transit action from every status: the one allowed move, or BRD-023 (BRD-026 for a discrepancy). */
class TransitStatusTest {

    static final Map<String, Function<TransitStatus, TransitStatus>> ACTIONS = Map.of(
            "release", TransitStatus::release,
            "arrive intact", s -> s.arrive(true),
            "arrive broken", s -> s.arrive(false),
            "discharge", TransitStatus::discharge,
            "cancel", TransitStatus::cancel,
            "overdue", TransitStatus::overdue,
            "enquiry", TransitStatus::enquiry,
            "recover", TransitStatus::recover);

    static TransitStatus allowed(String action, TransitStatus from) {
        return switch (action) {
            case "release" -> from == TransitStatus.DECLARED ? TransitStatus.RELEASED : null;
            case "arrive intact" -> from.inTransit() ? TransitStatus.ARRIVED : null;
            case "arrive broken" -> from.inTransit() ? TransitStatus.DISCREPANCY : null;
            case "discharge" -> from == TransitStatus.ARRIVED ? TransitStatus.DISCHARGED : null;
            case "cancel" -> from == TransitStatus.DECLARED ? TransitStatus.CANCELLED : null;
            case "overdue" -> from == TransitStatus.RELEASED ? TransitStatus.OVERDUE : null;
            case "enquiry" -> from == TransitStatus.OVERDUE ? TransitStatus.ENQUIRY : null;
            case "recover" -> from == TransitStatus.ENQUIRY ? TransitStatus.RECOVERED : null;
            default -> throw new IllegalArgumentException(action);
        };
    }

    @Test
    void everyActionFromEveryStatus() {
        int moves = 0;
        for (var action : ACTIONS.entrySet()) {
            for (TransitStatus from : TransitStatus.values()) {
                TransitStatus expected = allowed(action.getKey(), from);
                if (expected != null) {
                    assertThat(action.getValue().apply(from))
                            .as(action.getKey() + " from " + from)
                            .isEqualTo(expected);
                    moves++;
                } else {
                    ErrorCode code = action.getKey().equals("discharge") && from == TransitStatus.DISCREPANCY
                            ? ErrorCode.BRD_026
                            : ErrorCode.BRD_023;
                    assertThatThrownBy(() -> action.getValue().apply(from))
                            .as(action.getKey() + " from " + from)
                            .isInstanceOfSatisfying(
                                    BusinessException.class,
                                    ex -> assertThat(ex.errorCode()).isEqualTo(code));
                }
            }
        }
        assertThat(moves).isEqualTo(1 + 3 + 3 + 1 + 1 + 1 + 1 + 1);
    }

    @Test
    void onlyReleasedOverdueAndEnquiryAreStillUnderWay() {
        Set<TransitStatus> underWay = EnumSet.noneOf(TransitStatus.class);
        for (TransitStatus status : TransitStatus.values()) {
            if (status.inTransit()) {
                underWay.add(status);
            }
        }
        assertThat(underWay)
                .containsExactlyInAnyOrder(TransitStatus.RELEASED, TransitStatus.OVERDUE, TransitStatus.ENQUIRY);
    }
}
