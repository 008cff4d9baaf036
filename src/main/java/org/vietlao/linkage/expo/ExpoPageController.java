package org.vietlao.linkage.expo;

import jakarta.servlet.http.HttpServletResponse;
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
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vietlao.linkage.enterprise.EnterpriseDirectory;
import org.vietlao.linkage.enterprise.EnterpriseId;
import org.vietlao.linkage.enterprise.EnterpriseProfile;
import org.vietlao.linkage.expo.ExhibitorCatalogue.Party;
import org.vietlao.linkage.reference.ReferenceNames;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.LocalizedText;
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
    private final AgendaExports agendaExports;
    private final EventReport eventReport;
    private final ExhibitorCatalogue catalogue;

    ExpoPageController(
            Events events,
            Booths booths,
            Participants participants,
            Meetings meetings,
            EventSchedule schedule,
            EnterpriseDirectory directory,
            ReferenceNames names,
            org.springframework.context.MessageSource messages,
            Agreements agreements,
            AgendaExports agendaExports,
            EventReport eventReport,
            ExhibitorCatalogue catalogue) {
        this.catalogue = catalogue;
        this.eventReport = eventReport;
        this.agreements = agreements;
        this.agendaExports = agendaExports;
        this.events = events;
        this.booths = booths;
        this.participants = participants;
        this.meetings = meetings;
        this.schedule = schedule;
        this.directory = directory;
        this.names = names;
        this.messages = messages;
    }

    record Product(String hsCode, String name) {}

    record Applicant(Party party, boolean verified, List<Product> products) {}

    record Application(Booths.Booth booth, Party party, String hall) {}

    record MeetingRow(Meetings.Meeting meeting, Party from, Party to, Events.Slot slot) {}

    @GetMapping("/expo")
    @PreAuthorize("isAuthenticated()")
    String list(Actor actor, Model model, Locale locale) {
        model.addAttribute("events", events.all());
        model.addAttribute("today", LocalDate.now(RequestExpiry.VENUE_ZONE));
        model.addAttribute("organiser", ExpoAccess.organiser(actor));
        return "expo/events";
    }

    // ---- event form (ANALYST, ADMIN)

    @GetMapping("/expo/events/new")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    String newEvent(Actor actor, Model model, Locale locale) {
        return eventForm(new ExpoEventForm().withBlankRows(), null, Map.of(), model, locale);
    }

    @PostMapping("/expo/events")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    String createEvent(
            Actor actor,
            @ModelAttribute("form") ExpoEventForm form,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        List<BusinessException.FieldError> unreadable = new ArrayList<>();
        List<Integer> hallRows = new ArrayList<>();
        List<Integer> dayRows = new ArrayList<>();
        Events.NewEvent body = form.newEvent(unreadable, hallRows, dayRows);
        try {
            // Text that did not read is also refused by the service (a number out of every range, a date or time
            // absent), so every field's rule is reported at once and nothing is saved.
            Events.Event created = events.create(body, actor.username());
            return "redirect:/expo/events/" + created.id() + "?saved";
        } catch (BusinessException ex) {
            List<BusinessException.FieldError> all = new ArrayList<>(unreadable);
            // One message a field: a field whose text did not read is not also told its range.
            ex.errors().stream()
                    .filter(e -> unreadable.stream().noneMatch(u -> u.field().equals(e.field())))
                    .forEach(all::add);
            return eventFormRefused(ex, all, form, null, hallRows, dayRows, model, locale, response);
        }
    }

    @GetMapping("/expo/events/{id}/edit")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    String editEvent(Actor actor, @PathVariable long id, Model model, Locale locale) {
        return eventForm(ExpoEventForm.of(events.require(id)), events.require(id), Map.of(), model, locale);
    }

    @PostMapping("/expo/events/{id}")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    String changeEvent(
            Actor actor,
            @PathVariable long id,
            @ModelAttribute("form") ExpoEventForm form,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        Events.Event event = events.require(id);
        List<BusinessException.FieldError> unreadable = new ArrayList<>();
        Events.Details details = form.details(unreadable);
        try {
            events.change(id, details, actor.username());
            return "redirect:/expo/events/" + id + "?saved";
        } catch (BusinessException ex) {
            List<BusinessException.FieldError> all = new ArrayList<>(unreadable);
            // One message a field: a field whose text did not read is not also told its range.
            ex.errors().stream()
                    .filter(e -> unreadable.stream().noneMatch(u -> u.field().equals(e.field())))
                    .forEach(all::add);
            return eventFormRefused(ex, all, form, event, List.of(), List.of(), model, locale, response);
        }
    }

    private String eventFormRefused(
            BusinessException ex,
            List<BusinessException.FieldError> fieldErrors,
            ExpoEventForm form,
            Events.Event event,
            List<Integer> hallRows,
            List<Integer> dayRows,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (BusinessException.FieldError error : fieldErrors) {
            errors.merge(
                    ExpoEventForm.formField(error.field(), hallRows, dayRows),
                    messages.getMessage(error.messageKey(), error.args(), error.messageKey(), locale),
                    (a, b) -> a.equals(b) ? a : a + " " + b);
        }
        if (errors.isEmpty()) {
            model.addAttribute("formError", refusal(ex, locale));
        }
        response.setStatus(ex.errorCode().status().value());
        return eventForm(event == null ? form.withBlankRows() : form, event, errors, model, locale);
    }

    private String eventForm(
            ExpoEventForm form, Events.Event event, Map<String, String> errors, Model model, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("event", event);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "countries",
                List.of("VN", "LA").stream()
                        .map(code -> Map.entry(
                                code,
                                names.country(org.vietlao.linkage.shared.CountryCode.parse(code))
                                        .orElse(LocalizedText.same(code))
                                        .in(locale)))
                        .toList());
        Map<String, LocalizedText.Shown> provinceNames = names.currentProvinceNamesIn(locale);
        model.addAttribute(
                "venueProvinces",
                List.of("VN", "LA").stream()
                        .map(country -> Map.entry(
                                country,
                                provinceNames.entrySet().stream()
                                        .filter(e -> country.equals("LA")
                                                == e.getKey().startsWith("LA-"))
                                        .sorted(Comparator.comparing(
                                                e -> e.getValue().text()))
                                        .toList()))
                        .toList());
        return "expo/event-form";
    }

    // ---- booths and visitors

    @PostMapping("/expo/events/{id}/booths")
    @PreAuthorize("hasRole('ENTERPRISE')")
    String applyForBooth(
            Actor actor,
            @PathVariable long id,
            @RequestParam(required = false) Long enterpriseId,
            @RequestParam(required = false) List<String> products,
            Locale locale,
            RedirectAttributes redirect) {
        ExpoAccess.requireActingFor(actor, enterpriseId);
        try {
            if (products != null && products.size() > Booths.MAX_PRODUCTS) {
                throw new BusinessException(
                        ErrorCode.EXP_001, List.of(Events.field("products", "range", 0, Booths.MAX_PRODUCTS)));
            }
            booths.apply(id, enterpriseId, products == null ? List.of() : products, actor.username());
        } catch (BusinessException ex) {
            return refused(ex, locale, redirect, "/expo/events/" + id);
        }
        return "redirect:/expo/events/" + id + "?applied";
    }

    @PostMapping("/expo/events/{id}/participants")
    @PreAuthorize("hasRole('ENTERPRISE')")
    String registerVisitor(
            Actor actor,
            @PathVariable long id,
            @RequestParam(required = false) Long enterpriseId,
            Locale locale,
            RedirectAttributes redirect) {
        ExpoAccess.requireActingFor(actor, enterpriseId);
        try {
            events.require(id);
            participants.register(id, enterpriseId, actor.username());
        } catch (BusinessException ex) {
            return refused(ex, locale, redirect, "/expo/events/" + id);
        }
        return "redirect:/expo/events/" + id + "/meetings?registered";
    }

    @PostMapping("/expo/events/{id}/booths/{boothId}/approve")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    String approveBooth(
            Actor actor,
            @PathVariable long id,
            @PathVariable long boothId,
            @RequestParam(required = false) Long hallId,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            booths.approve(id, boothId, hallId, actor.username());
        } catch (BusinessException ex) {
            return refused(ex, locale, redirect, "/expo/events/" + id);
        }
        return "redirect:/expo/events/" + id + "?decided#expo-applications-heading";
    }

    @PostMapping("/expo/events/{id}/booths/{boothId}/decline")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    String declineBooth(
            Actor actor,
            @PathVariable long id,
            @PathVariable long boothId,
            @RequestParam(required = false) String reason,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            if (reason != null && reason.length() > Booths.MAX_REASON) {
                throw new BusinessException(
                        ErrorCode.EXP_010, List.of(Events.field("reason", "range", 1, Booths.MAX_REASON)));
            }
            booths.decline(id, boothId, reason, actor.username());
        } catch (BusinessException ex) {
            return refused(ex, locale, redirect, "/expo/events/" + id);
        }
        return "redirect:/expo/events/" + id + "?decided#expo-applications-heading";
    }

    /**
     * A refused form action: back to the page it came from with the refusal in the reader's language (the code's
     * detail and every field's rule) and the code to quote.
     */
    private String refused(BusinessException ex, Locale locale, RedirectAttributes redirect, String back) {
        redirect.addFlashAttribute("formError", refusal(ex, locale));
        return "redirect:" + back;
    }

    String refusal(BusinessException ex, Locale locale) {
        ErrorCode code = ex.errorCode();
        String title = messages.getMessage(code.messageKey(), null, code.code(), locale);
        StringBuilder text =
                new StringBuilder(messages.getMessage(code.messageKey() + ".detail", ex.args(), title, locale));
        for (BusinessException.FieldError error : ex.errors()) {
            String rule = messages.getMessage(error.messageKey(), error.args(), error.messageKey(), locale);
            if (!text.toString().contains(rule)) {
                text.append(' ').append(rule);
            }
        }
        return text.append(" (").append(code.code()).append(')').toString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
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
        ExhibitorCatalogue.Listing listing = catalogue.list(event, hs, province, parties, locale);
        List<Meetings.Meeting> all = meetings.of(id, null);
        Map<String, Long> figures = new LinkedHashMap<>();
        figures.put("booths", (long) listing.approved());
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
        model.addAttribute(
                "venueProvince", event.venueProvince() == null ? null : provinceName(event.venueProvince(), locale));
        model.addAttribute("exhibitors", listing.exhibitors());
        model.addAttribute("floor", listing.floor());
        model.addAttribute("figures", figures);
        model.addAttribute("hs", listing.hs());
        model.addAttribute("province", listing.province());
        model.addAttribute("provinces", listing.provinces());
        model.addAttribute("past", event.past(LocalDate.now(RequestExpiry.VENUE_ZONE)));
        model.addAttribute("organiser", ExpoAccess.organiser(actor));
        // What the reader may do here: an enterprise applies for a booth or registers as a visitor; an
        // organiser decides the applications.
        List<Long> own = ExpoAccess.ownEnterprises(actor);
        List<Booths.Booth> ownBooths = own.isEmpty() ? List.of() : booths.ofEnterprises(id, own);
        List<Applicant> applicants = new ArrayList<>();
        List<Party> visitors = new ArrayList<>();
        for (long enterprise : own) {
            EnterpriseProfile profile =
                    directory.find(new EnterpriseId(enterprise)).orElse(null);
            if (profile == null) {
                continue;
            }
            if (ownBooths.stream().noneMatch(b -> b.enterpriseId() == enterprise)) {
                applicants.add(new Applicant(
                        party(parties, enterprise, locale),
                        profile.verified(),
                        profile.offers().stream()
                                .map(o -> new Product(o.hsCode(), productName(o.hsCode(), o.description(), locale)))
                                .distinct()
                                .toList()));
            }
            if (!participants.isRegistered(id, enterprise)) {
                visitors.add(party(parties, enterprise, locale));
            }
        }
        model.addAttribute("applicants", applicants);
        model.addAttribute("visitors", visitors);
        model.addAttribute(
                "ownBooths",
                ownBooths.stream()
                        .map(b ->
                                new Application(b, party(parties, b.enterpriseId(), locale), hallNames.get(b.hallId())))
                        .toList());
        if (ExpoAccess.organiser(actor)) {
            model.addAttribute(
                    "applications",
                    booths.of(id, false).stream()
                            .sorted(Comparator.comparing(
                                            (Booths.Booth b) -> !b.status().equals("APPLIED"))
                                    .thenComparing(Booths.Booth::appliedAt))
                            .map(b -> new Application(
                                    b, party(parties, b.enterpriseId(), locale), hallNames.get(b.hallId())))
                            .toList());
        }
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
        Map<Long, java.util.Set<Integer>> blocked = new HashMap<>(participants.blocked(id));
        own.forEach(x -> blocked.putIfAbsent(x, java.util.Set.of()));
        model.addAttribute("blocked", blocked);
        model.addAttribute("closesAt", meetings.closesAt(event));
        model.addAttribute("venueZone", RequestExpiry.VENUE_ZONE);
        return "expo/meetings";
    }

    record Suggested(Party party, Meetings.Suggestion suggestion) {}

    @PostMapping("/expo/events/{id}/meetings")
    @PreAuthorize("hasRole('ENTERPRISE')")
    String request(
            Actor actor,
            @PathVariable long id,
            @RequestParam(required = false) Long fromEnterpriseId,
            @RequestParam(required = false) Long toEnterpriseId,
            @RequestParam(required = false) String message,
            Locale locale,
            RedirectAttributes redirect) {
        ExpoAccess.requireActingFor(actor, fromEnterpriseId);
        try {
            meetings.request(id, fromEnterpriseId, toEnterpriseId, blankToNull(message), actor.username());
        } catch (BusinessException ex) {
            return refused(ex, locale, redirect, "/expo/events/" + id + "/meetings");
        }
        return "redirect:/expo/events/" + id + "/meetings?sent";
    }

    @PostMapping("/expo/meetings/{id}/accept")
    @PreAuthorize("hasAnyRole('ENTERPRISE', 'ANALYST', 'ADMIN')")
    String accept(
            Actor actor,
            @PathVariable long id,
            @RequestParam(required = false) String answer,
            Locale locale,
            RedirectAttributes redirect) {
        return answer(actor, id, true, answer, locale, redirect);
    }

    @PostMapping("/expo/meetings/{id}/decline")
    @PreAuthorize("hasAnyRole('ENTERPRISE', 'ANALYST', 'ADMIN')")
    String decline(
            Actor actor,
            @PathVariable long id,
            @RequestParam(required = false) String answer,
            Locale locale,
            RedirectAttributes redirect) {
        return answer(actor, id, false, answer, locale, redirect);
    }

    private String answer(
            Actor actor, long id, boolean accept, String answer, Locale locale, RedirectAttributes redirect) {
        List<Long> own = ExpoAccess.ownEnterprises(actor);
        // Who may answer is decided before the answer's text is read (decision 0009).
        Meetings.Meeting meeting = meetings.visible(id, actor, own);
        if (!ExpoAccess.organiser(actor) && !own.contains(meeting.toEnterpriseId())) {
            throw new BusinessException(ErrorCode.EXP_021);
        }
        String back = back(actor, meeting.eventId());
        try {
            if (answer != null && answer.length() > Meetings.MAX_MESSAGE) {
                throw new BusinessException(
                        ErrorCode.EXP_011, List.of(Events.field("answer", "range", 0, Meetings.MAX_MESSAGE)));
            }
            meetings.answer(id, accept, blankToNull(answer), actor, own);
        } catch (BusinessException ex) {
            return refused(ex, locale, redirect, back);
        }
        return "redirect:" + back + "?answered";
    }

    @PostMapping("/expo/meetings/{id}/cancel")
    @PreAuthorize("hasAnyRole('ENTERPRISE', 'ANALYST', 'ADMIN')")
    String cancel(Actor actor, @PathVariable long id, Locale locale, RedirectAttributes redirect) {
        Meetings.Meeting meeting = meetings.visible(id, actor, ExpoAccess.ownEnterprises(actor));
        String back = back(actor, meeting.eventId());
        try {
            meetings.cancel(id, actor, ExpoAccess.ownEnterprises(actor));
        } catch (BusinessException ex) {
            return refused(ex, locale, redirect, back);
        }
        return "redirect:" + back + "?cancelled";
    }

    @PostMapping("/expo/events/{id}/no-thanks")
    @PreAuthorize("hasRole('ENTERPRISE')")
    String noThanks(
            Actor actor,
            @PathVariable long id,
            @RequestParam(required = false) Long enterpriseId,
            @RequestParam(required = false) Long otherEnterpriseId,
            Locale locale,
            RedirectAttributes redirect) {
        ExpoAccess.requireActingFor(actor, enterpriseId);
        try {
            meetings.noThanks(id, enterpriseId, otherEnterpriseId, actor.username());
        } catch (BusinessException ex) {
            return refused(ex, locale, redirect, "/expo/events/" + id + "/meetings");
        }
        return "redirect:/expo/events/" + id + "/meetings?noThanks";
    }

    @PostMapping("/expo/events/{id}/blocked-slots")
    @PreAuthorize("hasRole('ENTERPRISE')")
    String block(
            Actor actor,
            @PathVariable long id,
            @RequestParam(required = false) Long enterpriseId,
            @RequestParam(required = false) List<Integer> slots,
            Locale locale,
            RedirectAttributes redirect) {
        ExpoAccess.requireActingFor(actor, enterpriseId);
        Events.Event event = events.require(id);
        try {
            participants.block(
                    id,
                    enterpriseId,
                    slots == null ? List.of() : slots,
                    event.slots().size());
        } catch (BusinessException ex) {
            return refused(ex, locale, redirect, "/expo/events/" + id + "/meetings");
        }
        return "redirect:/expo/events/" + id + "/meetings?blocked";
    }

    /** Where an answer or a cancellation returns to: the organiser's grid, or the enterprise's meetings. */
    private static String back(Actor actor, long eventId) {
        return ExpoAccess.ownEnterprises(actor).isEmpty()
                ? "/expo/events/" + eventId + "/schedule"
                : "/expo/events/" + eventId + "/meetings";
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
        model.addAttribute("venueZone", RequestExpiry.VENUE_ZONE);
        model.addAttribute(
                "live",
                all.stream()
                        .filter(m ->
                                m.status().equals("REQUESTED") || m.status().equals("ACCEPTED"))
                        .map(m -> new MeetingRow(
                                m,
                                party(parties, m.fromEnterpriseId(), locale),
                                party(parties, m.toEnterpriseId(), locale),
                                m.slot() == null ? null : slots.get(m.slot())))
                        .toList());
        return "expo/schedule";
    }

    @PostMapping("/expo/events/{id}/schedule")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    String scheduleAll(Actor actor, @PathVariable long id, Locale locale, RedirectAttributes redirect) {
        try {
            schedule.scheduleAll(id, actor.username());
        } catch (BusinessException ex) {
            return refused(ex, locale, redirect, "/expo/events/" + id + "/schedule");
        }
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

    /** One figure of the report: its message key (with arguments) and its value. */
    record Figure(String label, String value) {}

    /** An agreement as the report shows it, its value in US dollars with the rate used. */
    record AgreementRow(
            EventReport.Valued valued, Party vietnamese, Party lao, String value, String usd, String rate) {}

    @GetMapping("/expo/events/{id}/report")
    @PreAuthorize("isAuthenticated()")
    Object report(
            Actor actor,
            @PathVariable long id,
            @RequestParam(required = false) String format,
            Model model,
            Locale locale) {
        EventReport.Report report = eventReport.of(id);
        Map<Long, Party> parties = new HashMap<>();
        java.text.NumberFormat money = java.text.NumberFormat.getNumberInstance(locale);
        money.setMinimumFractionDigits(2);
        money.setMaximumFractionDigits(2);
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure(text("expo.figures.booths", locale), String.valueOf(report.booths())));
        figures.add(new Figure(text("expo.figures.participants", locale), String.valueOf(report.participants())));
        figures.add(new Figure(text("expo.figures.participantsVn", locale), String.valueOf(report.vietnamese())));
        figures.add(new Figure(text("expo.figures.participantsLa", locale), String.valueOf(report.lao())));
        for (EventReport.ProvinceCount province : report.byProvince()) {
            figures.add(new Figure(
                    text(
                            "expo.report.inProvince",
                            locale,
                            provinceName(province.provinceCode(), locale).text(),
                            province.country()),
                    String.valueOf(province.participants())));
        }
        figures.add(new Figure(text("expo.figures.requests", locale), String.valueOf(report.requests())));
        figures.add(new Figure(text("expo.figures.accepted", locale), String.valueOf(report.accepted())));
        figures.add(new Figure(text("expo.report.held", locale), String.valueOf(report.held())));
        figures.add(new Figure(
                text("expo.figures.agreements", locale),
                String.valueOf(report.agreements().size())));
        figures.add(new Figure(text("expo.report.totalUsd", locale), money.format(report.totalUsd())));
        figures.add(new Figure(text("expo.report.withoutValue", locale), String.valueOf(report.withoutValue())));
        boolean details = ExpoAccess.overseesAll(actor);
        List<AgreementRow> rows = !details
                ? List.of()
                : report.agreements().stream()
                        .map(v -> new AgreementRow(
                                v,
                                party(parties, v.agreement().vnEnterpriseId(), locale),
                                party(parties, v.agreement().laEnterpriseId(), locale),
                                v.agreement().amount() == null
                                        ? text("expo.report.noAmount", locale)
                                        : money.format(v.agreement().amount()) + " "
                                                + v.agreement().currency(),
                                v.usd() == null ? "" : money.format(v.usd().amount()),
                                v.noRate()
                                        ? text("expo.report.noRate", locale)
                                        : v.rate() == null
                                                ? (v.usd() == null ? "" : text("expo.report.inUsd", locale))
                                                : text(
                                                        "expo.report.rate",
                                                        locale,
                                                        v.rate().unitsPerUsd().toPlainString(),
                                                        v.rate().currency(),
                                                        v.rate().validFrom().getYear(),
                                                        v.rate().source())))
                        .toList();
        String eventName = report.event().name().in(locale).text();
        String source = text("expo.report.source", locale);
        if (format != null && !format.isBlank()) {
            if (format.equals("pdf")) {
                return download(
                        agendaExports.reportPdf(
                                eventName,
                                text("expo.report.heading", locale),
                                figures.stream()
                                        .map(f -> new String[] {f.label(), f.value()})
                                        .toList(),
                                rows.stream()
                                        .map(r -> new String[] {
                                            r.valued().agreement().signedOn().toString(),
                                            text(
                                                    "expo.agreement.kind."
                                                            + r.valued()
                                                                    .agreement()
                                                                    .kind(),
                                                    locale),
                                            r.vietnamese().name().text() + " – "
                                                    + r.lao().name().text(),
                                            r.value(),
                                            r.usd(),
                                            r.rate()
                                        })
                                        .toList(),
                                List.of(
                                        text("expo.report.signedOn", locale),
                                        text("expo.report.kind", locale),
                                        text("expo.report.parties", locale),
                                        text("expo.report.value", locale),
                                        text("expo.report.usd", locale),
                                        text("expo.report.rateUsed", locale)),
                                source),
                        "application/pdf",
                        "expo-" + id + "-report.pdf");
            }
            List<List<Object>> sheetRows = new ArrayList<>();
            figures.forEach(f -> sheetRows.add(List.of(f.label(), f.value(), source)));
            rows.forEach(r -> sheetRows.add(List.of(
                    text(
                            "expo.report.agreementLine",
                            locale,
                            r.valued().agreement().signedOn().toString(),
                            text("expo.agreement.kind." + r.valued().agreement().kind(), locale),
                            r.vietnamese().name().text(),
                            r.lao().name().text(),
                            r.value()),
                    r.usd(),
                    r.rate())));
            Spreadsheet sheet = new Spreadsheet(
                    text("expo.report.sheet", locale),
                    List.of(
                            text("expo.report.figure", locale),
                            text("expo.report.number", locale),
                            text("expo.report.sourceColumn", locale)),
                    sheetRows);
            return sheet.download(formatOf(format), "expo-" + id + "-report");
        }
        model.addAttribute("event", report.event());
        model.addAttribute("eventName", report.event().name().in(locale));
        model.addAttribute("figures", figures);
        model.addAttribute("agreements", rows);
        model.addAttribute("details", details);
        model.addAttribute("madeAt", report.madeAt());
        model.addAttribute("venueZone", RequestExpiry.VENUE_ZONE);
        return "expo/report";
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    /** One enterprise's agenda as an iCalendar file: the enterprise's own users, organisers and ministry. */
    @GetMapping("/expo/events/{id}/agenda.ics")
    @PreAuthorize("hasAnyRole('ENTERPRISE', 'ANALYST', 'ADMIN', 'MINISTRY')")
    ResponseEntity<byte[]> agendaIcs(
            Actor actor, @PathVariable long id, @RequestParam(required = false) Long enterpriseId, Locale locale) {
        Agenda agenda = agenda(actor, id, enterpriseId, locale);
        byte[] body =
                agendaExports.ics(agenda.event(), agenda.eventName(), agenda.participant(), agenda.lines(), locale);
        return download(body, "text/calendar;charset=UTF-8", "expo-" + id + "-agenda-" + enterpriseId + ".ics");
    }

    /** The same agenda as a PDF in the reader's language, Lao script included. */
    @GetMapping("/expo/events/{id}/agenda.pdf")
    @PreAuthorize("hasAnyRole('ENTERPRISE', 'ANALYST', 'ADMIN', 'MINISTRY')")
    ResponseEntity<byte[]> agendaPdf(
            Actor actor, @PathVariable long id, @RequestParam(required = false) Long enterpriseId, Locale locale) {
        Agenda agenda = agenda(actor, id, enterpriseId, locale);
        byte[] body =
                agendaExports.pdf(agenda.event(), agenda.eventName(), agenda.participant(), agenda.lines(), locale);
        return download(body, "application/pdf", "expo-" + id + "-agenda-" + enterpriseId + ".pdf");
    }

    record Agenda(Events.Event event, String eventName, String participant, List<AgendaExports.Line> lines) {}

    /** The enterprise's scheduled meetings in slot order; AUT-002 unless the caller acts for it or oversees all. */
    Agenda agenda(Actor actor, long id, Long enterpriseId, Locale locale) {
        if (!ExpoAccess.overseesAll(actor)) {
            ExpoAccess.requireActingFor(actor, enterpriseId);
        }
        if (enterpriseId == null) {
            throw BusinessException.onField(ErrorCode.PLT_002, "enterpriseId");
        }
        Events.Event event = events.require(id);
        Map<Long, Party> parties = new HashMap<>();
        Map<Integer, Events.Slot> slots = new HashMap<>();
        event.slots().forEach(s -> slots.put(s.number(), s));
        List<AgendaExports.Line> lines = meetings.of(id, List.of(enterpriseId)).stream()
                .filter(m -> m.status().equals("ACCEPTED") && m.slot() != null && slots.containsKey(m.slot()))
                .sorted(Comparator.comparing(Meetings.Meeting::slot))
                .map(m -> {
                    long other = m.fromEnterpriseId() == enterpriseId ? m.toEnterpriseId() : m.fromEnterpriseId();
                    Party partner = party(parties, other, locale);
                    return new AgendaExports.Line(
                            m.id(),
                            slots.get(m.slot()),
                            m.table(),
                            partner.name().text(),
                            partner.country());
                })
                .toList();
        return new Agenda(
                event,
                event.name().in(locale).text(),
                party(parties, enterpriseId, locale).name().text(),
                lines);
    }

    private static ResponseEntity<byte[]> download(byte[] body, String type, String filename) {
        return ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType(type))
                .header(
                        org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        org.springframework.http.ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .body(body);
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
        return catalogue.party(cache, enterprise, locale);
    }

    private String productName(String hsCode, String description, Locale locale) {
        try {
            return names.hsDescription(org.vietlao.linkage.shared.HsCode.parse(hsCode, "hsCode"))
                    .map(text -> text.in(locale).text())
                    .orElse(description == null ? "" : description);
        } catch (BusinessException e) {
            return description == null ? "" : description;
        }
    }

    private LocalizedText.Shown provinceName(String code, Locale locale) {
        return catalogue.provinceName(code, locale);
    }
}
