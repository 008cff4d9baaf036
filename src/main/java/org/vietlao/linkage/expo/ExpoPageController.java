package org.vietlao.linkage.expo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.vietlao.linkage.enterprise.EnterpriseDirectory;
import org.vietlao.linkage.enterprise.EnterpriseId;
import org.vietlao.linkage.enterprise.EnterpriseProfile;
import org.vietlao.linkage.reference.ReferenceNames;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.LocalizedText;
import org.vietlao.linkage.shared.ProvinceCode;
import org.vietlao.linkage.shared.Spreadsheet;

/** The Expo's pages: events, an event with its exhibitors and floor plan, my meetings, the organiser's grid. */
@Controller
class ExpoPageController {

    private final Events events;
    private final Booths booths;
    private final Participants participants;
    private final Meetings meetings;
    private final EventSchedule schedule;
    private final EnterpriseDirectory directory;
    private final ReferenceNames names;
    private final org.springframework.context.MessageSource messages;
    private final Agreements agreements;

    ExpoPageController(
            Events events,
            Booths booths,
            Participants participants,
            Meetings meetings,
            EventSchedule schedule,
            EnterpriseDirectory directory,
            ReferenceNames names,
            org.springframework.context.MessageSource messages,
            Agreements agreements) {
        this.agreements = agreements;
        this.events = events;
        this.booths = booths;
        this.participants = participants;
        this.meetings = meetings;
        this.schedule = schedule;
        this.directory = directory;
        this.names = names;
        this.messages = messages;
    }

    /** An enterprise as a page shows it. */
    record Party(long id, LocalizedText.Shown name, String country, LocalizedText.Shown province) {}

    record Exhibitor(Party party, String hall, Integer number, List<String> products) {}

    record FloorCell(int number, Party party) {}

    record FloorHall(String name, List<FloorCell> cells) {}

    record MeetingRow(Meetings.Meeting meeting, Party from, Party to, Events.Slot slot) {}

    @GetMapping("/expo")
    @PreAuthorize("isAuthenticated()")
    String list(Actor actor, Model model, Locale locale) {
        model.addAttribute("events", events.all());
        model.addAttribute("today", LocalDate.now(RequestExpiry.VENUE_ZONE));
        return "expo/events";
    }

    @GetMapping("/expo/events/{id}")
    @PreAuthorize("isAuthenticated()")
    String event(
            Actor actor,
            @PathVariable long id,
            @RequestParam(required = false) String hs,
            @RequestParam(required = false) String province,
            Model model,
            Locale locale) {
        Events.Event event = events.require(id);
        Map<Long, Party> parties = new HashMap<>();
        Map<Long, String> hallNames = new HashMap<>();
        event.halls().forEach(h -> hallNames.put(h.id(), h.name()));
        List<Booths.Booth> approved = booths.of(id, true);
        String hsFilter = hs == null ? "" : hs.replaceAll("[^0-9]", "");
        List<Exhibitor> exhibitors = approved.stream()
                .filter(b -> hsFilter.isEmpty() || b.products().stream().anyMatch(p -> p.startsWith(hsFilter)))
                .filter(b -> province == null
                        || province.isBlank()
                        || b.provinceCode().equals(province))
                .map(b -> new Exhibitor(
                        party(parties, b.enterpriseId(), locale), hallNames.get(b.hallId()), b.number(), b.products()))
                .toList();
        List<FloorHall> floor = new ArrayList<>();
        for (Events.Hall hall : event.halls()) {
            Map<Integer, Long> byNumber = new HashMap<>();
            approved.stream()
                    .filter(b -> b.hallId() == hall.id())
                    .forEach(b -> byNumber.put(b.number(), b.enterpriseId()));
            List<FloorCell> cells = new ArrayList<>();
            for (int n = 1; n <= hall.capacity(); n++) {
                Long enterprise = byNumber.get(n);
                cells.add(new FloorCell(n, enterprise == null ? null : party(parties, enterprise, locale)));
            }
            floor.add(new FloorHall(hall.name(), cells));
        }
        List<Meetings.Meeting> all = meetings.of(id, null);
        Map<String, Long> figures = new LinkedHashMap<>();
        figures.put("booths", (long) approved.size());
        figures.put("participants", (long) participants.of(id).size());
        figures.put(
                "participantsVn",
                participants.of(id).stream()
                        .filter(p -> p.country().equals("VN"))
                        .count());
        figures.put(
                "participantsLa",
                participants.of(id).stream()
                        .filter(p -> p.country().equals("LA"))
                        .count());
        figures.put("requests", (long) all.size());
        figures.put(
                "accepted",
                all.stream().filter(m -> m.status().equals("ACCEPTED")).count());
        figures.put("scheduled", all.stream().filter(m -> m.slot() != null).count());
        figures.put("agreements", agreements.count(id));
        model.addAttribute("event", event);
        model.addAttribute("eventName", event.name().in(locale));
        model.addAttribute("exhibitors", exhibitors);
        model.addAttribute("floor", floor);
        model.addAttribute("figures", figures);
        model.addAttribute("hs", hsFilter);
        model.addAttribute("province", province == null ? "" : province);
        model.addAttribute(
                "provinces",
                approved.stream()
                        .map(Booths.Booth::provinceCode)
                        .distinct()
                        .map(code -> Map.entry(code, provinceName(code, locale)))
                        .sorted(Comparator.comparing(e -> e.getValue().text()))
                        .toList());
        model.addAttribute("past", event.past(LocalDate.now(RequestExpiry.VENUE_ZONE)));
        model.addAttribute("organiser", ExpoAccess.organiser(actor));
        return "expo/event";
    }

    @GetMapping("/expo/events/{id}/meetings")
    @PreAuthorize("hasRole('ENTERPRISE')")
    String myMeetings(Actor actor, @PathVariable long id, Model model, Locale locale) {
        Events.Event event = events.require(id);
        meetings.expireDue(event);
        List<Long> own = ExpoAccess.ownEnterprises(actor).stream()
                .filter(x -> participants.isRegistered(id, x))
                .toList();
        Map<Long, Party> parties = new HashMap<>();
        Map<Integer, Events.Slot> slots = new HashMap<>();
        event.slots().forEach(s -> slots.put(s.number(), s));
        List<MeetingRow> rows = meetings.of(id, own).stream()
                .map(m -> new MeetingRow(
                        m,
                        party(parties, m.fromEnterpriseId(), locale),
                        party(parties, m.toEnterpriseId(), locale),
                        m.slot() == null ? null : slots.get(m.slot())))
                .toList();
        Map<Long, List<Suggested>> suggestions = new LinkedHashMap<>();
        for (long enterprise : own) {
            suggestions.put(
                    enterprise,
                    meetings.suggestions(id, enterprise).stream()
                            .limit(20)
                            .map(s -> new Suggested(party(parties, s.enterpriseId(), locale), s))
                            .toList());
        }
        model.addAttribute("event", event);
        model.addAttribute("eventName", event.name().in(locale));
        model.addAttribute(
                "own", own.stream().map(x -> party(parties, x, locale)).toList());
        model.addAttribute(
                "agenda",
                rows.stream()
                        .filter(r -> r.slot() != null)
                        .sorted(Comparator.comparing(r -> r.slot().number()))
                        .toList());
        model.addAttribute(
                "incoming",
                rows.stream()
                        .filter(r -> r.meeting().status().equals("REQUESTED")
                                && own.contains(r.meeting().toEnterpriseId()))
                        .toList());
        model.addAttribute("all", rows);
        model.addAttribute("suggestions", suggestions);
        model.addAttribute("closesAt", meetings.closesAt(event));
        return "expo/meetings";
    }

    record Suggested(Party party, Meetings.Suggestion suggestion) {}

    @PostMapping("/expo/events/{id}/meetings")
    @PreAuthorize("hasRole('ENTERPRISE')")
    String request(
            Actor actor,
            @PathVariable long id,
            @RequestParam(required = false) Long fromEnterpriseId,
            @RequestParam(required = false) Long toEnterpriseId) {
        ExpoAccess.requireActingFor(actor, fromEnterpriseId);
        meetings.request(id, fromEnterpriseId, toEnterpriseId, null, actor.username());
        return "redirect:/expo/events/" + id + "/meetings?sent";
    }

    @PostMapping("/expo/meetings/{id}/accept")
    @PreAuthorize("hasRole('ENTERPRISE')")
    String accept(Actor actor, @PathVariable long id) {
        return answer(actor, id, true);
    }

    @PostMapping("/expo/meetings/{id}/decline")
    @PreAuthorize("hasRole('ENTERPRISE')")
    String decline(Actor actor, @PathVariable long id) {
        return answer(actor, id, false);
    }

    private String answer(Actor actor, long id, boolean accept) {
        Meetings.Meeting meeting = meetings.answer(id, accept, null, actor, ExpoAccess.ownEnterprises(actor));
        return "redirect:/expo/events/" + meeting.eventId() + "/meetings?answered";
    }

    @GetMapping("/expo/events/{id}/schedule")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN', 'MINISTRY')")
    String grid(Actor actor, @PathVariable long id, Model model, Locale locale) {
        Events.Event event = events.require(id);
        Map<Long, Party> parties = new HashMap<>();
        Map<Integer, Events.Slot> slots = new HashMap<>();
        event.slots().forEach(s -> slots.put(s.number(), s));
        List<Meetings.Meeting> all = meetings.of(id, null);
        MeetingRow[][] cells = new MeetingRow[event.tables()][event.slots().size()];
        for (Meetings.Meeting m : all) {
            if (m.slot() != null
                    && m.table() != null
                    && m.table() <= event.tables()
                    && m.slot() <= event.slots().size()) {
                cells[m.table() - 1][m.slot() - 1] = new MeetingRow(
                        m,
                        party(parties, m.fromEnterpriseId(), locale),
                        party(parties, m.toEnterpriseId(), locale),
                        slots.get(m.slot()));
            }
        }
        List<List<MeetingRow>> grid = new ArrayList<>();
        for (MeetingRow[] row : cells) {
            grid.add(java.util.Arrays.asList(row));
        }
        EventSchedule.Run run = schedule.latest(id).orElse(null);
        Map<Long, MeetingRow> unscheduled = new LinkedHashMap<>();
        if (run != null) {
            for (EventSchedule.Unscheduled u : run.unscheduled()) {
                all.stream()
                        .filter(m -> m.id() == u.meetingId())
                        .findFirst()
                        .ifPresent(m -> unscheduled.put(
                                m.id(),
                                new MeetingRow(
                                        m,
                                        party(parties, m.fromEnterpriseId(), locale),
                                        party(parties, m.toEnterpriseId(), locale),
                                        null)));
            }
        }
        model.addAttribute("event", event);
        model.addAttribute("eventName", event.name().in(locale));
        model.addAttribute("grid", grid);
        model.addAttribute("run", run);
        model.addAttribute("unscheduled", unscheduled);
        model.addAttribute(
                "accepted",
                all.stream().filter(m -> m.status().equals("ACCEPTED")).count());
        model.addAttribute("organiser", ExpoAccess.organiser(actor));
        return "expo/schedule";
    }

    @PostMapping("/expo/events/{id}/schedule")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    String scheduleAll(Actor actor, @PathVariable long id) {
        schedule.scheduleAll(id, actor.username());
        return "redirect:/expo/events/" + id + "/schedule?ran";
    }

    @PostMapping("/expo/events/{id}/meetings/{meetingId}/lock")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    String lock(Actor actor, @PathVariable long id, @PathVariable long meetingId) {
        schedule.lock(id, meetingId, true);
        return "redirect:/expo/events/" + id + "/schedule";
    }

    @PostMapping("/expo/events/{id}/meetings/{meetingId}/unlock")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    String unlock(Actor actor, @PathVariable long id, @PathVariable long meetingId) {
        schedule.lock(id, meetingId, false);
        return "redirect:/expo/events/" + id + "/schedule";
    }

    /** The schedule per table, as CSV or XLSX: one row per meeting, in table then slot order. */
    @GetMapping("/expo/events/{id}/schedule/export")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN', 'MINISTRY')")
    ResponseEntity<byte[]> export(
            Actor actor, @PathVariable long id, @RequestParam(defaultValue = "csv") String format, Locale locale) {
        Events.Event event = events.require(id);
        Map<Long, Party> parties = new HashMap<>();
        Map<Integer, Events.Slot> slots = new HashMap<>();
        event.slots().forEach(s -> slots.put(s.number(), s));
        List<List<Object>> rows = new ArrayList<>();
        meetings.of(id, null).stream()
                .filter(m -> m.slot() != null)
                .sorted(Comparator.comparing(Meetings.Meeting::table).thenComparing(Meetings.Meeting::slot))
                .forEach(m -> {
                    Events.Slot slot = slots.get(m.slot());
                    rows.add(List.of(
                            m.table(),
                            m.slot(),
                            slot.day().toString(),
                            slot.startsAt().toString(),
                            slot.endsAt().toString(),
                            party(parties, m.fromEnterpriseId(), locale).name().text(),
                            party(parties, m.toEnterpriseId(), locale).name().text(),
                            m.locked() ? "✓" : ""));
                });
        List<String> headers =
                List.of("table", "slot", "day", "startsAt", "endsAt", "requestedBy", "requestedOf", "locked").stream()
                        .map(h -> messages.getMessage("expo.export." + h, null, h, locale))
                        .toList();
        Spreadsheet sheet =
                new Spreadsheet(messages.getMessage("expo.export.sheet", null, "schedule", locale), headers, rows);
        return sheet.download(formatOf(format), "expo-" + id + "-schedule");
    }

    private static Spreadsheet.Format formatOf(String format) {
        try {
            return Spreadsheet.Format.of(format);
        } catch (RuntimeException e) {
            throw BusinessException.onField(ErrorCode.PLT_002, "format");
        }
    }

    private Party party(Map<Long, Party> cache, long enterprise, Locale locale) {
        return cache.computeIfAbsent(enterprise, id -> {
            EnterpriseProfile profile = directory.find(new EnterpriseId(id)).orElse(null);
            if (profile == null) {
                return new Party(
                        id,
                        LocalizedText.same("#" + id).in(locale),
                        "",
                        LocalizedText.same("").in(locale));
            }
            Map<String, String> byLanguage = new HashMap<>(profile.names());
            byLanguage.putIfAbsent(profile.country().equals("VN") ? "vi" : "lo", profile.name());
            return new Party(
                    id,
                    LocalizedText.of(byLanguage).in(locale),
                    profile.country(),
                    provinceName(profile.provinceCode(), locale));
        });
    }

    private LocalizedText.Shown provinceName(String code, Locale locale) {
        try {
            return names.province(ProvinceCode.parse(code, "province"))
                    .orElse(LocalizedText.same(code))
                    .in(locale);
        } catch (BusinessException e) {
            return LocalizedText.same(code).in(locale);
        }
    }
}
