package org.vietlao.linkage.promotion;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vietlao.linkage.reference.ReferenceData;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.HomeFigures;
import org.vietlao.linkage.shared.Label;

/**
 * Promotion's figures on the home page, for everyone signed in: export-ready products of each country, those with
 * no channel in the other country yet, and the listings accepted so far.
 */
@Component
class PromotionFigures implements HomeFigures {

    private final JdbcClient jdbc;
    private final Clock clock;

    PromotionFigures(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<Panel> panelsFor(Actor actor) {
        LocalDate today = LocalDate.now(clock.withZone(ReferenceData.REGION_TIME));
        return List.of(new Panel(
                "promotion",
                60,
                Label.of("promotion.home.panel"),
                Label.of("promotion.home.panelSource"),
                clock.instant(),
                List.of(
                        new Figure(
                                Label.of("promotion.home.readyVN"),
                                ready("VN", today, false),
                                "/promotion/catalogue?country=VN&exportReady=true"),
                        new Figure(
                                Label.of("promotion.home.readyLA"),
                                ready("LA", today, false),
                                "/promotion/catalogue?country=LA&exportReady=true"),
                        new Figure(Label.of("promotion.home.readyNoChannel"), ready(null, today, true), "/promotion"),
                        new Figure(
                                Label.of("promotion.home.listings"),
                                jdbc.sql("SELECT count(*) FROM promotion_listing WHERE status = 'ACCEPTED'")
                                        .query(Long.class)
                                        .single(),
                                null)),
                Chart.NONE));
    }

    private long ready(String country, LocalDate today, boolean withoutChannel) {
        return jdbc.sql("SELECT count(*) FROM promotion_product p JOIN promotion_rating_rule r ON r.country = p.country"
                        + " WHERE (CAST(:country AS TEXT) IS NULL OR p.country = :country) AND " + Products.READY
                        + (withoutChannel
                                ? " AND NOT EXISTS (SELECT 1 FROM promotion_listing l WHERE l.product_id = p.id"
                                        + " AND l.status = 'ACCEPTED')"
                                : ""))
                .param("country", country)
                .param("today", today)
                .query(Long.class)
                .single();
    }
}
