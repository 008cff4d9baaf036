package org.vietlao.linkage.border;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;

/** Transit movements and guarantees as the API and the pages show them, to those who may see them. */
@Component
class TransitViews {

    private final JdbcClient jdbc;

    TransitViews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record GuaranteeView(
            long id,
            long traderId,
            String journey,
            String reference,
            BigDecimal amount,
            String currency,
            BigDecimal balance,
            BigDecimal recovered) {}

    record Exposure(String country, BigDecimal amount) {}

    record SealView(String id, Boolean intact) {}

    record ItemView(int line, String hsCode, String description, BigDecimal quantity, String unit, BigDecimal value) {}

    record HistoryEntry(int seq, String from, String to, String actor, Instant at, String note) {}

    record TransitView(
            long id,
            String status,
            long traderId,
            String departureOffice,
            List<String> transitOffices,
            String destinationOffice,
            String plate,
            String vehicleCountry,
            String currency,
            List<Exposure> exposures,
            BigDecimal guaranteeRequired,
            BigDecimal reserved,
            GuaranteeView guarantee,
            List<SealView> seals,
            List<ItemView> items,
            Integer timeLimitHours,
            Instant releasedAt,
            Instant deadline,
            Instant arrivedAt,
            boolean late,
            String lateReason,
            Instant overdueAt,
            Instant enquiryAt,
            Instant recoveredAt,
            BigDecimal recoveredAmount,
            List<HistoryEntry> history,
            boolean demo) {}

    record Line(
            long id,
            String status,
            long traderId,
            String departureOffice,
            String destinationOffice,
            String plate,
            Instant deadline,
            boolean late,
            boolean demo) {}

    @Transactional(readOnly = true)
    GuaranteeView guarantee(long id, Actor actor) {
        return jdbc.sql("SELECT * FROM border_guarantee WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> Transits.guarantee(rs))
                .optional()
                .filter(g -> Transits.maySeeGuarantee(actor, g.traderId()))
                .map(TransitViews::view)
                .orElseThrow(() -> new BusinessException(ErrorCode.BRD_027, id));
    }

    private static GuaranteeView view(Transits.Guarantee g) {
        return new GuaranteeView(
                g.id(),
                g.traderId(),
                g.journey().name(),
                g.reference(),
                g.amount(),
                g.currency(),
                g.balance(),
                g.recovered());
    }

    @Transactional(readOnly = true)
    TransitView visible(long id, Actor actor) {
        Transits.Row row = jdbc.sql("SELECT * FROM border_transit WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> Transits.row(rs))
                .optional()
                .filter(r -> Transits.maySee(actor, r))
                .orElseThrow(() -> new BusinessException(ErrorCode.BRD_021, id));
        return jdbc.sql("SELECT * FROM border_transit WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new TransitView(
                        id,
                        rs.getString("status"),
                        rs.getLong("trader_id"),
                        rs.getString("departure_office"),
                        Transits.offices(rs.getArray("transit_offices")),
                        rs.getString("destination_office"),
                        rs.getString("vehicle_plate"),
                        rs.getString("vehicle_country"),
                        rs.getString("currency"),
                        exposures(id),
                        rs.getBigDecimal("guarantee_required"),
                        rs.getBigDecimal("reserved"),
                        guaranteeOf(row.guaranteeId()),
                        seals(id),
                        items(id),
                        (Integer) rs.getObject("time_limit_hours"),
                        instant(rs.getTimestamp("released_at")),
                        instant(rs.getTimestamp("deadline")),
                        instant(rs.getTimestamp("arrived_at")),
                        rs.getBoolean("late"),
                        rs.getString("late_reason"),
                        instant(rs.getTimestamp("overdue_at")),
                        instant(rs.getTimestamp("enquiry_at")),
                        instant(rs.getTimestamp("recovered_at")),
                        rs.getBigDecimal("recovered_amount"),
                        history(id),
                        rs.getBoolean("demo")))
                .single();
    }

    /**
     * The movements the actor may see, newest first (at most {@code limit}): an enterprise user's own, an officer's
     * at any of their offices.
     */
    @Transactional(readOnly = true)
    List<Line> list(Actor actor, int limit) {
        List<String> offices = actor.gatePairIds().isEmpty() ? List.of("-") : List.copyOf(actor.gatePairIds());
        return jdbc.sql("""
				SELECT id, status, trader_id, departure_office, destination_office, vehicle_plate, deadline, late, demo
				FROM border_transit
				WHERE trader_id IN (:traders)
				   OR (:officer AND (departure_office IN (:offices) OR destination_office IN (:offices)
				       OR transit_offices && CAST(:officeArray AS varchar[])))
				ORDER BY id DESC LIMIT :limit""")
                .param("traders", BorderAccess.ownTraders(actor))
                .param("officer", actor.has(org.vietlao.linkage.shared.Role.BORDER_OFFICER))
                .param("offices", offices)
                .param("officeArray", "{" + String.join(",", offices) + "}")
                .param("limit", limit)
                .query((rs, n) -> new Line(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        instant(rs.getTimestamp(7)),
                        rs.getBoolean(8),
                        rs.getBoolean(9)))
                .list();
    }

    private GuaranteeView guaranteeOf(long id) {
        return jdbc.sql("SELECT * FROM border_guarantee WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> view(Transits.guarantee(rs)))
                .single();
    }

    private List<Exposure> exposures(long id) {
        return jdbc.sql("SELECT country, amount FROM border_transit_exposure WHERE transit_id = :id ORDER BY country")
                .param("id", id)
                .query((rs, n) -> new Exposure(rs.getString(1), rs.getBigDecimal(2)))
                .list();
    }

    private List<SealView> seals(long id) {
        return jdbc.sql("SELECT seal_id, intact FROM border_transit_seal WHERE transit_id = :id ORDER BY seal_id")
                .param("id", id)
                .query((rs, n) -> new SealView(rs.getString(1), (Boolean) rs.getObject(2)))
                .list();
    }

    private List<ItemView> items(long id) {
        return jdbc.sql("""
				SELECT line_no, hs_code, description, quantity, unit, value_amount FROM border_transit_item
				WHERE transit_id = :id ORDER BY line_no""")
                .param("id", id)
                .query((rs, n) -> new ItemView(
                        rs.getInt(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getBigDecimal(4),
                        rs.getString(5),
                        rs.getBigDecimal(6)))
                .list();
    }

    private List<HistoryEntry> history(long id) {
        return jdbc.sql("""
				SELECT seq, from_status, to_status, actor, at, note FROM border_transit_history
				WHERE transit_id = :id ORDER BY seq""")
                .param("id", id)
                .query((rs, n) -> new HistoryEntry(
                        rs.getInt(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant(),
                        rs.getString(6)))
                .list();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
