package org.vietlao.linkage.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one way every module computes what an update changed. */
class EntityChangedTest {

    enum Status {
        OPEN,
        CLOSED
    }

    static Map<String, Object> state(Object name, Object amount, Object status, Object codes) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", name);
        state.put("amount", amount);
        state.put("status", status);
        state.put("codes", codes);
        return state;
    }

    @Test
    void keepsOnlyTheFieldsThatChangedEachWithFromAndTo() {
        Map<String, Object> changes = EntityChanged.diff(
                state("Savan", new BigDecimal("2.50"), Status.OPEN, Set.of("B", "A")),
                state("Savan", new BigDecimal("2.5"), Status.CLOSED, Set.of("A", "B")));

        assertThat(changes).containsOnlyKeys("status");
        assertThat(changes.get("status")).isEqualTo(Map.of("from", "OPEN", "to", "CLOSED"));
    }

    @Test
    void aFieldThatAppearsOrGoesIsAChangeFromOrToNothing() {
        Map<String, Object> changes =
                EntityChanged.diff(state(null, null, null, List.of("0714")), state("Savan", 3, null, List.of()));

        assertThat(changes).containsOnlyKeys("name", "amount", "codes");
        Map<?, ?> name = (Map<?, ?>) changes.get("name");
        assertThat(name.get("from")).isNull();
        assertThat(name.get("to")).isEqualTo("Savan");
        assertThat(changes.get("codes")).isEqualTo(Map.of("from", List.of("0714"), "to", List.of()));
    }

    @Test
    void anUpdateThatChangesNothingIsEmpty() {
        var state = state("Savan", 1, Status.OPEN, null);

        assertThat(EntityChanged.updated("enterprise", 1, state, state).isEmpty())
                .isTrue();
        assertThat(EntityChanged.updated("enterprise", 1, "status", Status.OPEN, Status.CLOSED)
                        .changes())
                .isEqualTo(Map.of("status", Map.of("from", "OPEN", "to", "CLOSED")));
    }
}
