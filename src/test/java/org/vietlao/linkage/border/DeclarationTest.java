package org.vietlao.linkage.border;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.vietlao.linkage.shared.BusinessException;

/**
 * Every action of the status machine from every status in every channel: the next status, or the code of the rule
 * that refuses it. The expected table is written out by hand from the issue and decision 0026.
 */
class DeclarationTest {

    static final Map<String, Function<Declaration, DeclarationStatus>> ACTIONS = new LinkedHashMap<>();

    static {
        ACTIONS.put("register", Declaration::register);
        ACTIONS.put("assign", Declaration::assignChannel);
        ACTIONS.put("start", Declaration::startInspection);
        ACTIONS.put("complete", Declaration::completeInspection);
        ACTIONS.put("release", Declaration::release);
        ACTIONS.put("exit", Declaration::exit);
        ACTIONS.put("cancel", Declaration::cancel);
    }

    /** status/channel → action → next status or refusal code. */
    static String expected(DeclarationStatus status, Channel channel, String action) {
        boolean inspected = channel == Channel.YELLOW || channel == Channel.RED;
        return switch (action) {
            case "register" -> status == DeclarationStatus.STORED ? "REGISTERED" : "BRD-002";
            case "assign" -> status == DeclarationStatus.REGISTERED ? "CHANNEL_ASSIGNED" : "BRD-002";
            case "start" ->
                status != DeclarationStatus.CHANNEL_ASSIGNED
                        ? "BRD-002"
                        : channel == Channel.RED
                                ? "PHYSICAL_INSPECTION"
                                : channel == Channel.YELLOW ? "DOCUMENT_CHECK" : "BRD-010";
            case "complete" ->
                status == DeclarationStatus.DOCUMENT_CHECK || status == DeclarationStatus.PHYSICAL_INSPECTION
                        ? "INSPECTED"
                        : "BRD-002";
            case "release" ->
                switch (status) {
                    case INSPECTED -> "RELEASED";
                    case CHANNEL_ASSIGNED, DOCUMENT_CHECK, PHYSICAL_INSPECTION -> inspected ? "BRD-003" : "RELEASED";
                    default -> "BRD-002";
                };
            case "exit" -> status == DeclarationStatus.RELEASED ? "EXITED" : "BRD-004";
            case "cancel" ->
                switch (status) {
                    case RELEASED, EXITED -> "BRD-009";
                    case CANCELLED -> "BRD-002";
                    default -> "CANCELLED";
                };
            default -> throw new IllegalArgumentException(action);
        };
    }

    @Test
    void everyActionFromEveryStatusInEveryChannel() {
        int checked = 0;
        for (DeclarationStatus status : DeclarationStatus.values()) {
            for (Channel channel : Channel.values()) {
                if (status.ordinal() < DeclarationStatus.CHANNEL_ASSIGNED.ordinal() && channel != Channel.GREEN) {
                    continue; // no channel before assignment: checked once, with GREEN standing for none
                }
                Declaration declaration = new Declaration(
                        1, status, status.ordinal() < DeclarationStatus.CHANNEL_ASSIGNED.ordinal() ? null : channel);
                for (var action : ACTIONS.entrySet()) {
                    String want = expected(status, channel, action.getKey());
                    String got;
                    try {
                        got = action.getValue().apply(declaration).name();
                    } catch (BusinessException refused) {
                        got = refused.errorCode().code();
                    }
                    assertThat(got)
                            .as("%s in %s/%s", action.getKey(), status, channel)
                            .isEqualTo(want);
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(7 * (2 + 7 * 4));
    }

    @Test
    void aRefusalNamesTheActionAndTheStatus() {
        BusinessException refused = catchThrowableOfType(
                BusinessException.class, () -> new Declaration(1, DeclarationStatus.EXITED, Channel.GREEN).register());
        assertThat(refused.args()).containsExactly("register", "EXITED");
    }

    @Test
    void theResidentsAllowanceSplitsAPurchase() {
        BigDecimal cap = new BigDecimal("2000000");
        BigDecimal none = BigDecimal.ZERO;
        assertThat(Allowance.split(true, true, new BigDecimal("2500000"), cap, 4, none, 0))
                .isEqualTo(new Allowance.Split(cap, new BigDecimal("500000"), Allowance.Reason.DAILY_LIMIT_EXCEEDED));
        assertThat(Allowance.split(true, true, new BigDecimal("100"), cap, 4, none, 4)
                        .reason())
                .isEqualTo(Allowance.Reason.MONTHLY_LIMIT_REACHED);
        // A day already counted may still use what is left of its cap, even with four days used.
        assertThat(Allowance.split(true, true, new BigDecimal("100"), cap, 4, new BigDecimal("1999950"), 3))
                .isEqualTo(new Allowance.Split(
                        new BigDecimal("50"), new BigDecimal("50"), Allowance.Reason.DAILY_LIMIT_EXCEEDED));
        assertThat(Allowance.split(false, true, new BigDecimal("100"), cap, 4, none, 0)
                        .reason())
                .isEqualTo(Allowance.Reason.NOT_BORDER_RESIDENT);
        assertThat(Allowance.split(true, false, new BigDecimal("100"), cap, 4, none, 0)
                        .reason())
                .isEqualTo(Allowance.Reason.GOODS_NOT_ON_LIST);
    }
}
