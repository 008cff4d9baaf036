package org.vietlao.linkage.trade;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.EntityChanged;
import org.vietlao.linkage.shared.IdempotentRequests;
import org.vietlao.linkage.shared.Role;

/**
 * Trade monitoring started alone with what it declares it uses (shared, reference), on the embedded PostgreSQL its
 * migrations filled (decision 0017, section 5; border's dependency enterprise comes in with extraIncludes): the shipped figures give the 2025 series, and a figure recorded
 * from a customs source for a later year is chosen over a news figure and announced as an audited change.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "enterprise")
@ActiveProfiles("test")
class TradeModuleTest {

    /** Implemented by the platform, which this test does not start; the import API and page ask for it. */
    @MockitoBean
    IdempotentRequests idempotentRequests;

    @Autowired
    FigureBook book;

    @Autowired
    TradeMonitor monitor;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeFutureFigures() {
        jdbc.sql("DELETE FROM trade_figure WHERE year >= 2030").update();
    }

    static FigureInput total(String period, String value, String agency, String publisher, String status) {
        return new FigureInput(
                period,
                "TOTAL",
                "TOTAL",
                null,
                new BigDecimal(value),
                null,
                null,
                null,
                null,
                null,
                null,
                "VN",
                status,
                null,
                agency,
                publisher,
                "https://example.org/" + publisher.length(),
                "2040-02",
                null,
                null);
    }

    @Test
    void theShippedSeriesAnswers2025AndACustomsFigureIsPreferredAndAnnounced(PublishedEvents events) {
        TradeMonitor.YearRow y2025 = monitor.turnover(2025, 2025).get(0);
        assertThat(y2025.total().preferred().valueUsd()).isEqualByComparingTo("2980000000");
        assertThat(y2025.total().preferred().source().publisher()).isEqualTo("SGGP");
        assertThat(y2025.total().figures()).hasSizeGreaterThanOrEqualTo(2);

        Actor analyst = Actor.onBehalfOf("analyst", Role.ANALYST);
        book.record(
                total("2039", "5100000000", "Ministry of Industry and Trade", "Ministry news", "REPORTED"), analyst);
        TradeFigure customs = book.record(
                total("2039", "5050000000", "General Department of Vietnam Customs", "Customs yearbook", "REPORTED"),
                analyst);

        TradeMonitor.YearRow y2039 = monitor.turnover(2039, 2039).get(0);
        assertThat(y2039.total().preferred().id()).isEqualTo(customs.id());
        assertThat(y2039.total().decidedBy()).isEqualTo(Reconciliation.DecidedBy.AGENCY);
        assertThat(events.ofType(EntityChanged.class)
                        .matching(e -> e.entityType().equals(FigureBook.ENTITY)
                                && e.entityId().equals(String.valueOf(customs.id()))))
                .hasSize(1);
    }
}
