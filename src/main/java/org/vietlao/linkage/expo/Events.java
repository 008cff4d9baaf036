package org.vietlao.linkage.expo;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vietlao.linkage.reference.ReferenceNames;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.EntityChanged;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.LocalizedText;
import org.vietlao.linkage.shared.ProvinceCode;

/** Expo events with their halls and meeting slots. ANALYST or ADMIN creates them; past events stay readable. */
@Service
@Transactional
class Events {

    static final String ENTITY = "expo_event";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ReferenceNames names;

    Events(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock, ReferenceNames names) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.names = names;
    }

    /**
     * The venue's province: blank is none; otherwise a reference province code of the event's country (EXP-001
     * on {@code venueProvince} otherwise). Answers the code as stored.
     */
    private String venueProvince(String input, String country, List<BusinessException.FieldError> errors) {
        if (blank(input)) {
            return null;
        }
        try {
            ProvinceCode code = ProvinceCode.parse(input, "venueProvince");
            if (names.province(code).isEmpty() || !code.country().alpha2().equals(country)) {
                errors.add(field("venueProvince", "province"));
                return null;
            }
            return code.code();
        } catch (BusinessException | IllegalArgumentException e) {
            errors.add(field("venueProvince", "province"));
            return null;
        }
    }

    record Names(
            @Schema(example = "Vietnam–Laos Expo 2026") @Size(max = 200)
            String en,

            @Schema(example = "Hội chợ Thương mại Việt Nam – Lào 2026") @Size(max = 200)
            String vi,

            @Schema(example = "ງານວາງສະແດງສິນຄ້າ ຫວຽດນາມ – ລາວ 2026") @Size(max = 200)
            String lo) {}

    record HallInput(
            @Schema(example = "Hall A") @Size(max = 100) String name,
            @Schema(example = "40") Integer capacity) {}

    record Block(
            @Schema(example = "09:00", type = "string") LocalTime start,
            @Schema(example = "8") Integer slots) {}

    record MeetingDay(
            @Schema(example = "2026-09-24") LocalDate date,
            @Valid List<Block> blocks) {}

    record NewEvent(
            @Valid Names name,
            @Schema(example = "Hanoi") @Size(max = 100) String city,

            @Schema(example = "01", description = "the venue's province (reference code, of the event's country)")
            @Size(max = 6)
            String venueProvince,

            @Schema(example = "VN") @Size(max = 2) String country,
            LocalDate startsOn,
            LocalDate endsOn,

            @Schema(example = "30", description = "15 to 60")
            Integer slotMinutes,

            @Schema(example = "20", description = "meeting tables per slot, 1 to 2,000")
            Integer tables,

            @Schema(example = "10", description = "booths per province, 1 to 1,000")
            Integer provinceQuota,

            @Schema(example = "20", description = "meeting requests one participant may send, 1 to 500")
            Integer requestQuota,

            @Schema(example = "48", description = "hours before the first slot when open requests expire, 0 to 720")
            Integer requestsCloseHours,

            @Valid List<HallInput> halls,
            @Valid List<MeetingDay> meetingDays) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Event(
            long id,
            LocalizedText name,
            String city,
            String venueProvince,
            String country,
            LocalDate startsOn,
            LocalDate endsOn,
            int slotMinutes,
            int tables,
            int provinceQuota,
            int requestQuota,
            int requestsCloseHours,
            boolean demo,
            List<Hall> halls,
            List<Slot> slots) {

        public boolean past(LocalDate today) {
            return endsOn.isBefore(today);
        }
    }

    record Hall(long id, int position, String name, int capacity) {}

    record Slot(int number, LocalDate day, LocalTime startsAt, LocalTime endsAt) {}

    Event create(NewEvent body, String username) {
        List<BusinessException.FieldError> errors = new ArrayList<>();
        Names name = body.name();
        if (name == null || blank(name.en()) || blank(name.vi()) || blank(name.lo())) {
            errors.add(field("name", "languages"));
        }
        if (blank(body.city())) {
            errors.add(field("city", "required"));
        }
        if (body.country() == null || !List.of("VN", "LA").contains(body.country())) {
            errors.add(field("country", "country"));
        }
        String province = venueProvince(body.venueProvince(), body.country(), errors);
        if (body.startsOn() == null) {
            errors.add(field("startsOn", "required"));
        }
        if (body.endsOn() == null || (body.startsOn() != null && body.endsOn().isBefore(body.startsOn()))) {
            errors.add(field("endsOn", "afterStart"));
        }
        range(errors, "slotMinutes", body.slotMinutes(), 15, 60);
        range(errors, "tables", body.tables(), 1, 2000);
        range(errors, "provinceQuota", body.provinceQuota(), 1, 1000);
        range(errors, "requestQuota", body.requestQuota(), 1, 500);
        range(errors, "requestsCloseHours", body.requestsCloseHours(), 0, 720);
        List<HallInput> halls = body.halls() == null ? List.of() : body.halls();
        if (halls.isEmpty() || halls.size() > 50) {
            errors.add(field("halls", "range", 1, 50));
        }
        for (int i = 0; i < halls.size(); i++) {
            HallInput hall = halls.get(i);
            if (hall == null || blank(hall.name())) {
                errors.add(field("halls[" + i + "].name", "required"));
            }
            if (hall != null) {
                range(errors, "halls[" + i + "].capacity", hall.capacity(), 1, 2000);
            }
        }
        List<Slot> slots = slots(body, errors);
        if (!errors.isEmpty()) {
            throw new BusinessException(ErrorCode.EXP_001, errors);
        }
        long id = jdbc.sql("""
				INSERT INTO expo_event (name_en, name_vi, name_lo, city, venue_province, country, starts_on, ends_on,
				  slot_minutes, meeting_tables, province_quota, request_quota, requests_close_hours, created_by, created_at)
				VALUES (:en, :vi, :lo, :city, :province, :country, :starts, :ends, :minutes, :tables, :quota, :requests,
				  :close, :by, :at) RETURNING id""")
                .param("en", name.en().strip())
                .param("vi", name.vi().strip())
                .param("lo", name.lo().strip())
                .param("city", body.city().strip())
                .param("province", province)
                .param("country", body.country())
                .param("starts", Date.valueOf(body.startsOn()))
                .param("ends", Date.valueOf(body.endsOn()))
                .param("minutes", body.slotMinutes())
                .param("tables", body.tables())
                .param("quota", body.provinceQuota())
                .param("requests", body.requestQuota())
                .param("close", body.requestsCloseHours())
                .param("by", username)
                .param("at", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        for (int i = 0; i < halls.size(); i++) {
            jdbc.sql("INSERT INTO expo_hall (event_id, position, name, capacity) VALUES (:e, :p, :n, :c)")
                    .param("e", id)
                    .param("p", i + 1)
                    .param("n", halls.get(i).name().strip())
                    .param("c", halls.get(i).capacity())
                    .update();
        }
        for (Slot slot : slots) {
            jdbc.sql("INSERT INTO expo_slot (event_id, number, day, starts_at, ends_at) VALUES (:e, :n, :d, :s, :t)")
                    .param("e", id)
                    .param("n", slot.number())
                    .param("d", Date.valueOf(slot.day()))
                    .param("s", Time.valueOf(slot.startsAt()))
                    .param("t", Time.valueOf(slot.endsAt()))
                    .update();
        }
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", name.en());
        values.put("city", body.city());
        values.put("startsOn", body.startsOn().toString());
        values.put("halls", halls.size());
        values.put("slots", slots.size());
        events.publishEvent(EntityChanged.created(ENTITY, id, values));
        return find(id).orElseThrow();
    }

    /**
     * What an organiser may change once an event exists: its names, its city and its three quotas. Dates, halls,
     * slots and tables stay as created, because booths and scheduled meetings refer to them (decision 0040).
     */
    record Details(
            @Valid Names name,
            @Schema(example = "Hanoi") @Size(max = 100) String city,

            @Schema(example = "01", description = "the venue's province (reference code, of the event's country)")
            @Size(max = 6)
            String venueProvince,

            @Schema(example = "10") Integer provinceQuota,
            @Schema(example = "20") Integer requestQuota,
            @Schema(example = "48") Integer requestsCloseHours) {}

    Event change(long id, Details body, String username) {
        Event before = require(id);
        List<BusinessException.FieldError> errors = new ArrayList<>();
        Names name = body.name();
        if (name == null || blank(name.en()) || blank(name.vi()) || blank(name.lo())) {
            errors.add(field("name", "languages"));
        }
        if (blank(body.city())) {
            errors.add(field("city", "required"));
        }
        String province = venueProvince(body.venueProvince(), before.country(), errors);
        range(errors, "provinceQuota", body.provinceQuota(), 1, 1000);
        range(errors, "requestQuota", body.requestQuota(), 1, 500);
        range(errors, "requestsCloseHours", body.requestsCloseHours(), 0, 720);
        if (!errors.isEmpty()) {
            throw new BusinessException(ErrorCode.EXP_001, errors);
        }
        jdbc.sql("""
				UPDATE expo_event SET name_en = :en, name_vi = :vi, name_lo = :lo, city = :city, venue_province = :province,
				  province_quota = :quota, request_quota = :requests, requests_close_hours = :close
				WHERE id = :id""")
                .param("en", name.en().strip())
                .param("vi", name.vi().strip())
                .param("lo", name.lo().strip())
                .param("city", body.city().strip())
                .param("province", province)
                .param("quota", body.provinceQuota())
                .param("requests", body.requestQuota())
                .param("close", body.requestsCloseHours())
                .param("id", id)
                .update();
        Event after = require(id);
        events.publishEvent(EntityChanged.updated(ENTITY, id, auditable(before), auditable(after)));
        return after;
    }

    private static Map<String, Object> auditable(Event event) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("nameEn", event.name().en());
        values.put("nameVi", event.name().vi());
        values.put("nameLo", event.name().lo());
        values.put("city", event.city());
        values.put("venueProvince", event.venueProvince());
        values.put("provinceQuota", event.provinceQuota());
        values.put("requestQuota", event.requestQuota());
        values.put("requestsCloseHours", event.requestsCloseHours());
        return values;
    }

    /** The slots of the meeting days, numbered from 1; each block's slots follow one another. */
    private static List<Slot> slots(NewEvent body, List<BusinessException.FieldError> errors) {
        List<Slot> slots = new ArrayList<>();
        List<MeetingDay> days = body.meetingDays() == null ? List.of() : body.meetingDays();
        if (days.isEmpty() || days.size() > 14) {
            errors.add(field("meetingDays", "range", 1, 14));
            return slots;
        }
        int minutes = body.slotMinutes() == null ? 0 : body.slotMinutes();
        for (int d = 0; d < days.size(); d++) {
            MeetingDay day = days.get(d);
            String at = "meetingDays[" + d + "]";
            if (day == null || day.date() == null) {
                errors.add(field(at + ".date", "required"));
                continue;
            }
            if (body.startsOn() != null
                    && body.endsOn() != null
                    && (day.date().isBefore(body.startsOn()) || day.date().isAfter(body.endsOn()))) {
                errors.add(field(at + ".date", "withinDates"));
            }
            List<Block> blocks = day.blocks() == null ? List.of() : day.blocks();
            if (blocks.isEmpty() || blocks.size() > 6) {
                errors.add(field(at + ".blocks", "range", 1, 6));
            }
            LocalTime previousEnd = null;
            for (int b = 0; b < blocks.size(); b++) {
                Block block = blocks.get(b);
                String blockAt = at + ".blocks[" + b + "]";
                if (block == null || block.start() == null) {
                    errors.add(field(blockAt + ".start", "required"));
                    continue;
                }
                range(errors, blockAt + ".slots", block.slots(), 1, 48);
                if (block.slots() == null || block.slots() < 1 || block.slots() > 48 || minutes < 15) {
                    continue;
                }
                if (previousEnd != null && block.start().isBefore(previousEnd)) {
                    errors.add(field(blockAt + ".start", "afterPrevious"));
                }
                int endMinute = block.start().toSecondOfDay() / 60 + block.slots() * minutes;
                if (endMinute > 24 * 60) {
                    errors.add(field(blockAt + ".slots", "midnight"));
                    continue;
                }
                LocalTime start = block.start();
                for (int s = 0; s < block.slots(); s++) {
                    LocalTime end = start.plusMinutes(minutes);
                    slots.add(new Slot(slots.size() + 1, day.date(), start, end));
                    start = end;
                }
                previousEnd = start;
            }
        }
        if (slots.size() > 200) {
            errors.add(field("meetingDays", "range", 1, 200));
        }
        return slots;
    }

    @Transactional(readOnly = true)
    Optional<Event> find(long id) {
        Optional<Event> event = jdbc.sql("SELECT * FROM expo_event WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new Event(
                        rs.getLong("id"),
                        LocalizedText.of(rs.getString("name_en"), rs.getString("name_vi"), rs.getString("name_lo")),
                        rs.getString("city"),
                        rs.getString("venue_province"),
                        rs.getString("country"),
                        rs.getDate("starts_on").toLocalDate(),
                        rs.getDate("ends_on").toLocalDate(),
                        rs.getInt("slot_minutes"),
                        rs.getInt("meeting_tables"),
                        rs.getInt("province_quota"),
                        rs.getInt("request_quota"),
                        rs.getInt("requests_close_hours"),
                        rs.getBoolean("demo"),
                        List.of(),
                        List.of()))
                .optional();
        return event.map(e -> new Event(
                e.id(),
                e.name(),
                e.city(),
                e.venueProvince(),
                e.country(),
                e.startsOn(),
                e.endsOn(),
                e.slotMinutes(),
                e.tables(),
                e.provinceQuota(),
                e.requestQuota(),
                e.requestsCloseHours(),
                e.demo(),
                halls(id),
                slots(id)));
    }

    Event require(long id) {
        return find(id).orElseThrow(() -> new BusinessException(ErrorCode.EXP_002, id));
    }

    @Transactional(readOnly = true)
    List<Event> all() {
        return jdbc.sql("SELECT id FROM expo_event ORDER BY starts_on DESC, id DESC").query(Long.class).list().stream()
                .map(id -> find(id).orElseThrow())
                .toList();
    }

    List<Hall> halls(long event) {
        return jdbc.sql("SELECT id, position, name, capacity FROM expo_hall WHERE event_id = :e ORDER BY position")
                .param("e", event)
                .query((rs, n) -> new Hall(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getInt(4)))
                .list();
    }

    List<Slot> slots(long event) {
        return jdbc.sql("SELECT number, day, starts_at, ends_at FROM expo_slot WHERE event_id = :e ORDER BY number")
                .param("e", event)
                .query((rs, n) -> new Slot(
                        rs.getInt(1),
                        rs.getDate(2).toLocalDate(),
                        rs.getTime(3).toLocalTime(),
                        rs.getTime(4).toLocalTime()))
                .list();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static void range(
            List<BusinessException.FieldError> errors, String field, Integer value, int min, int max) {
        if (value == null || value < min || value > max) {
            errors.add(field(field, "range", min, max));
        }
    }

    /** A broken rule of one field, explained by the message {@code expo.rule.<rule>} with its arguments. */
    static BusinessException.FieldError field(String field, String rule, Object... args) {
        return new BusinessException.FieldError(field, "expo.rule." + rule, args);
    }
}
