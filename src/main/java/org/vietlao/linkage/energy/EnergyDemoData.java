package org.vietlao.linkage.energy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.Role;

/**
 * Records the shipments of the demo coal contract loaded by {@code R__demo_with_enterprises_energy.sql} through the
 * contract's formula, the first time the application starts with demo data: the SQL can store a certificate of
 * analysis but only the formula computes its price and breakdown. Never active when demo data is off.
 */
@Component
@ConditionalOnProperty(name = "linkage.demo-data", havingValue = "true")
class EnergyDemoData {

    private static final Logger log = LoggerFactory.getLogger(EnergyDemoData.class);

    static final String CONTRACT = "DEMO-COAL-2026-01";

    private final JdbcClient jdbc;
    private final CoalContracts contracts;

    EnergyDemoData(JdbcClient jdbc, CoalContracts contracts) {
        this.jdbc = jdbc;
        this.contracts = contracts;
    }

    record DemoLot(String lot, String loaded, String tonnes, String cv, String tm, String ash, String ts) {}

    /** Ten monthly lots, one beyond the ash rejection limit (12.8 % against 12 %). */
    static final List<DemoLot> LOTS = List.of(
            new DemoLot("DEMO-LOT-01", "2026-02-12", "14850.000", "4720", "29.4", "7.6", "0.52"),
            new DemoLot("DEMO-LOT-02", "2026-03-10", "15210.500", "4580", "31.2", "8.4", "0.58"),
            new DemoLot("DEMO-LOT-03", "2026-04-14", "13980.250", "4650", "30.0", "7.9", "0.61"),
            new DemoLot("DEMO-LOT-04", "2026-05-12", "15420.000", "4510", "32.6", "9.1", "0.55"),
            new DemoLot("DEMO-LOT-05", "2026-06-09", "14760.750", "4690", "29.8", "12.8", "0.57"),
            new DemoLot("DEMO-LOT-06", "2026-07-15", "16010.000", "4610", "30.9", "8.2", "0.63"),
            new DemoLot("DEMO-LOT-07", "2026-08-11", "15330.000", "4735", "28.7", "7.4", "0.49"),
            new DemoLot("DEMO-LOT-08", "2026-09-08", "14890.500", "4560", "31.8", "8.9", "0.66"),
            new DemoLot("DEMO-LOT-09", "2026-10-13", "15605.000", "4640", "30.3", "8.0", "0.59"),
            new DemoLot("DEMO-LOT-10", "2026-11-10", "15120.000", "4600", "30.0", "8.0", "0.60"));

    @EventListener(ApplicationReadyEvent.class)
    void recordDemoShipments() {
        Long contract = jdbc.sql("""
				SELECT c.id FROM energy_coal_contract c WHERE c.reference = :ref AND c.demo
				AND NOT EXISTS (SELECT 1 FROM energy_coal_shipment s WHERE s.contract_id = c.id)""")
                .param("ref", CONTRACT)
                .query(Long.class)
                .optional()
                .orElse(null);
        if (contract == null) {
            return;
        }
        Actor analyst = Actor.onBehalfOf("analyst", Role.ANALYST);
        for (DemoLot lot : LOTS) {
            try {
                contracts.recordShipment(
                        contract,
                        new CoalContracts.Lot(
                                lot.lot(),
                                LocalDate.parse(lot.loaded()),
                                new BigDecimal(lot.tonnes()),
                                new CoalPricing.Quality(
                                        CalorificBasis.GAR,
                                        new BigDecimal(lot.cv()),
                                        new BigDecimal(lot.tm()),
                                        new BigDecimal(lot.ash()),
                                        new BigDecimal(lot.ts()),
                                        null,
                                        null)),
                        analyst,
                        true);
            } catch (BusinessException ex) {
                log.warn(
                        "Demo coal lot {} not recorded: {}",
                        lot.lot(),
                        ex.errorCode().code());
            }
        }
        log.info("Recorded the demo coal shipments of {}", CONTRACT);
    }
}
