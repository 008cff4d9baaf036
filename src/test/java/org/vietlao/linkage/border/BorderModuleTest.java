package org.vietlao.linkage.border;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.EntityChanged;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.IdempotentRequests;
import org.vietlao.linkage.shared.Role;

/**
 * The border module started alone with what it declares it uses (shared, reference, enterprise; decision 0017
 * section 5), on the embedded PostgreSQL: a transit movement released against a guarantee too small for it is
 * refused, one covered is released with the balance reserved, and every change is announced for the audit log.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles("test")
class BorderModuleTest {

    /** Implemented by the platform, which this test does not start; the registry's import pages ask for it. */
    @MockitoBean
    IdempotentRequests idempotentRequests;

    @Autowired
    Transits transits;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTransitIsReleasedOnlyAgainstAGuaranteeThatCoversItAndEveryChangeIsAnnounced(PublishedEvents events) {
        // A demo enterprise of the registry (the demo data is loaded in the test profile).
        long trader = jdbc.sql("SELECT min(id) FROM enterprise WHERE country = 'LA'")
                .query(Long.class)
                .single();
        Actor principal =
                new Actor(0, "principal", "principal", Set.of(Role.ENTERPRISE), null, Set.of(trader), Set.of());
        Actor officer =
                new Actor(0, "officer", "officer", Set.of(Role.BORDER_OFFICER), null, Set.of(), Set.of("VL-INT-05"));
        long guarantee = transits.lodgeGuarantee(
                new Transits.NewGuarantee(
                        trader,
                        Transits.Journey.MULTIPLE,
                        "GTE-MODULE-" + System.nanoTime(),
                        new BigDecimal("1000"),
                        "USD"),
                principal);
        long tooBig = transits.declare(movement(trader, guarantee, "1500"), principal);
        long covered = transits.declare(movement(trader, guarantee, "800"), principal);

        assertThatThrownBy(() -> transits.release(tooBig, officer))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        ex -> assertThat(ex.errorCode()).isEqualTo(ErrorCode.BRD_024));
        transits.release(covered, officer);

        assertThat(jdbc.sql("SELECT balance FROM border_guarantee WHERE id = :id")
                        .param("id", guarantee)
                        .query(BigDecimal.class)
                        .single())
                .isEqualByComparingTo("200");
        assertThat(events.ofType(EntityChanged.class)
                        .matching(e -> e.entityType().equals(Transits.ENTITY)
                                && e.entityId().equals(String.valueOf(covered))))
                .hasSize(2);
    }

    static Transits.Movement movement(long trader, long guarantee, String exposure) {
        return new Transits.Movement(
                trader,
                "VL-INT-05",
                List.of(),
                "SEA-VUNG-ANG",
                "LA1234",
                "LA",
                "USD",
                Map.of("VN", new BigDecimal(exposure), "LA", BigDecimal.ONE),
                guarantee,
                List.of("S-1"),
                List.of(new Transits.Item("310420", "Potash", new BigDecimal("1000"), "KGM", new BigDecimal("5000"))));
    }
}
