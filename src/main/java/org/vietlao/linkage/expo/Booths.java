package org.vietlao.linkage.expo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vietlao.linkage.enterprise.EnterpriseDirectory;
import org.vietlao.linkage.enterprise.EnterpriseId;
import org.vietlao.linkage.enterprise.EnterpriseProfile;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.EntityChanged;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.HsCode;

/**
 * Free booths: an enterprise applies with products from its offers; an organiser approves (within the province
 * quota, into a hall with room, with the next free booth number) or declines with a reason.
 */
@Service
@Transactional
class Booths {

    static final String ENTITY = "expo_booth";
    static final int MAX_PRODUCTS = 20;
    static final int MAX_REASON = 500;

    private final JdbcClient jdbc;
    private final Events eventsOfExpo;
    private final EnterpriseDirectory directory;
    private final Participants participants;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Booths(
            JdbcClient jdbc,
            Events eventsOfExpo,
            EnterpriseDirectory directory,
            Participants participants,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.eventsOfExpo = eventsOfExpo;
        this.directory = directory;
        this.participants = participants;
        this.events = events;
        this.clock = clock;
    }

    record Booth(
            long id,
            long eventId,
            long enterpriseId,
            String country,
            String provinceCode,
            String status,
            Long hallId,
            Integer number,
            String reason,
            Instant appliedAt,
            List<String> products) {}

    Booth apply(long eventId, long enterpriseId, List<String> products, String username) {
        eventsOfExpo.require(eventId);
        EnterpriseProfile profile = directory
                .find(new EnterpriseId(enterpriseId))
                .orElseThrow(() -> new BusinessException(ErrorCode.ENT_011, enterpriseId));
        if (!profile.verified()) {
            throw BusinessException.onField(ErrorCode.EXP_006, "enterpriseId");
        }
        List<String> wanted = products == null ? List.of() : products;
        if (wanted.size() > MAX_PRODUCTS) {
            throw new BusinessException(ErrorCode.EXP_001, List.of(Events.field("products", "range", 0, MAX_PRODUCTS)));
        }
        Set<String> offered = new LinkedHashSet<>();
        profile.offers().forEach(offer -> offered.add(offer.hsCode()));
        Set<String> codes = new LinkedHashSet<>();
        List<BusinessException.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            String field = "products[" + i + "]";
            String code;
            try {
                code = HsCode.parse(wanted.get(i), field).digits();
            } catch (BusinessException malformed) {
                errors.addAll(malformed.errors());
                continue;
            }
            if (!offered.contains(code)) {
                errors.add(new BusinessException.FieldError(field, ErrorCode.EXP_007.messageKey() + ".detail", code));
            } else {
                codes.add(code);
            }
        }
        if (!errors.isEmpty()) {
            throw new BusinessException(ErrorCode.EXP_007, errors, wanted.isEmpty() ? "" : wanted.get(0));
        }
        boolean exists = jdbc.sql("SELECT count(*) FROM expo_booth WHERE event_id = :e AND enterprise_id = :x")
                        .param("e", eventId)
                        .param("x", enterpriseId)
                        .query(Long.class)
                        .single()
                > 0;
        if (exists) {
            throw new BusinessException(ErrorCode.EXP_008);
        }
        long id = jdbc.sql("""
				INSERT INTO expo_booth (event_id, enterprise_id, country, province_code, status, applied_by, applied_at)
				VALUES (:e, :x, :country, :province, 'APPLIED', :by, :at) RETURNING id""")
                .param("e", eventId)
                .param("x", enterpriseId)
                .param("country", profile.country())
                .param("province", profile.provinceCode())
                .param("by", username)
                .param("at", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        for (String code : codes) {
            jdbc.sql("INSERT INTO expo_booth_product (booth_id, hs_code) VALUES (:b, :h)")
                    .param("b", id)
                    .param("h", code)
                    .update();
        }
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("eventId", eventId);
        values.put("enterpriseId", enterpriseId);
        values.put("products", List.copyOf(codes));
        events.publishEvent(EntityChanged.created(ENTITY, id, values));
        return find(eventId, id);
    }

    /** Approves within the province quota into the given hall (or the first with room), with the next number. */
    Booth approve(long eventId, long boothId, Long hallId, String username) {
        // One approval at a time per event, so two organisers cannot both take the last place.
        jdbc.sql("SELECT id FROM expo_event WHERE id = :e FOR UPDATE")
                .param("e", eventId)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new BusinessException(ErrorCode.EXP_002, eventId));
        Events.Event event = eventsOfExpo.require(eventId);
        Booth booth = find(eventId, boothId);
        if (!booth.status().equals("APPLIED")) {
            throw new BusinessException(ErrorCode.EXP_009);
        }
        long sameProvince = jdbc.sql("""
				SELECT count(*) FROM expo_booth WHERE event_id = :e AND province_code = :p AND status = 'APPROVED'""")
                .param("e", eventId)
                .param("p", booth.provinceCode())
                .query(Long.class)
                .single();
        if (sameProvince >= event.provinceQuota()) {
            throw new BusinessException(ErrorCode.EXP_004, booth.provinceCode(), event.provinceQuota());
        }
        List<Events.Hall> halls = event.halls().stream()
                .filter(h -> hallId == null || h.id() == hallId)
                .toList();
        if (halls.isEmpty()) {
            throw BusinessException.onField(ErrorCode.EXP_001, "hallId", hallId);
        }
        Events.Hall chosen = null;
        int number = 0;
        for (Events.Hall hall : halls) {
            List<Integer> taken = jdbc.sql("SELECT number FROM expo_booth WHERE hall_id = :h ORDER BY number")
                    .param("h", hall.id())
                    .query(Integer.class)
                    .list();
            if (taken.size() < hall.capacity()) {
                number = 1;
                for (int t : taken) {
                    if (t == number) {
                        number++;
                    }
                }
                chosen = hall;
                break;
            }
        }
        if (chosen == null) {
            throw new BusinessException(
                    ErrorCode.EXP_005,
                    halls.stream().mapToInt(Events.Hall::capacity).sum());
        }
        jdbc.sql("""
				UPDATE expo_booth SET status = 'APPROVED', hall_id = :h, number = :n, decided_by = :by, decided_at = :at
				WHERE id = :id""")
                .param("h", chosen.id())
                .param("n", number)
                .param("by", username)
                .param("at", Timestamp.from(clock.instant()))
                .param("id", boothId)
                .update();
        participants.register(eventId, booth.enterpriseId(), username);
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("status", booth.status());
        before.put("hall", null);
        before.put("number", null);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", "APPROVED");
        after.put("hall", chosen.name());
        after.put("number", number);
        events.publishEvent(EntityChanged.updated(ENTITY, boothId, before, after));
        return find(eventId, boothId);
    }

    Booth decline(long eventId, long boothId, String reason, String username) {
        eventsOfExpo.require(eventId);
        Booth booth = find(eventId, boothId);
        if (reason == null || reason.isBlank()) {
            throw BusinessException.onField(ErrorCode.EXP_010, "reason");
        }
        if (!booth.status().equals("APPLIED")) {
            throw new BusinessException(ErrorCode.EXP_009);
        }
        jdbc.sql("""
				UPDATE expo_booth SET status = 'DECLINED', reason = :r, decided_by = :by, decided_at = :at WHERE id = :id""")
                .param("r", reason.strip())
                .param("by", username)
                .param("at", Timestamp.from(clock.instant()))
                .param("id", boothId)
                .update();
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("status", booth.status());
        before.put("reason", null);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", "DECLINED");
        after.put("reason", reason.strip());
        events.publishEvent(EntityChanged.updated(ENTITY, boothId, before, after));
        return find(eventId, boothId);
    }

    @Transactional(readOnly = true)
    Booth find(long eventId, long boothId) {
        return list("WHERE b.event_id = :e AND b.id = :id", Map.of("e", eventId, "id", boothId)).stream()
                .findFirst()
                .orElseThrow(() -> new BusinessException(ErrorCode.EXP_003, boothId));
    }

    /** Every booth of the event (organisers), or only the approved ones (the public exhibitor list). */
    @Transactional(readOnly = true)
    List<Booth> of(long eventId, boolean approvedOnly) {
        return list("WHERE b.event_id = :e" + (approvedOnly ? " AND b.status = 'APPROVED'" : ""), Map.of("e", eventId));
    }

    @Transactional(readOnly = true)
    List<Booth> ofEnterprises(long eventId, List<Long> enterprises) {
        if (enterprises.isEmpty()) {
            return List.of();
        }
        return list("WHERE b.event_id = :e AND b.enterprise_id IN (:x)", Map.of("e", eventId, "x", enterprises));
    }

    private List<Booth> list(String where, Map<String, ?> params) {
        Map<Long, List<String>> products = new LinkedHashMap<>();
        jdbc.sql("SELECT p.booth_id, p.hs_code FROM expo_booth_product p JOIN expo_booth b ON b.id = p.booth_id "
                        + where + " ORDER BY p.hs_code")
                .params(params)
                .query(rs -> {
                    products.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(rs.getString(2));
                });
        return jdbc.sql("SELECT b.* FROM expo_booth b LEFT JOIN expo_hall h ON h.id = b.hall_id " + where
                        + " ORDER BY h.position NULLS LAST, b.number NULLS LAST, b.id")
                .params(params)
                .query((rs, n) -> new Booth(
                        rs.getLong("id"),
                        rs.getLong("event_id"),
                        rs.getLong("enterprise_id"),
                        rs.getString("country"),
                        rs.getString("province_code"),
                        rs.getString("status"),
                        (Long) rs.getObject("hall_id"),
                        (Integer) rs.getObject("number"),
                        rs.getString("reason"),
                        rs.getTimestamp("applied_at").toInstant(),
                        List.copyOf(products.getOrDefault(rs.getLong("id"), List.of()))))
                .list();
    }
}
