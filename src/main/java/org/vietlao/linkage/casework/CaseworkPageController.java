package org.vietlao.linkage.casework;

import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.vietlao.linkage.reference.ReferenceData;
import org.vietlao.linkage.reference.ReferenceNames;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.GatePairId;
import org.vietlao.linkage.shared.LocalizedText;

/** The obstacles desk's pages: the cases one sees, filing with duplicate suggestions, a case and its steps. */
@Controller
class CaseworkPageController {

    private final Cases cases;
    private final CaseQueries queries;
    private final Bodies bodies;
    private final ReferenceData referenceData;
    private final ReferenceNames names;
    private final Clock clock;
    private final CaseAttachments attachments;
    private final org.springframework.context.MessageSource messages;

    CaseworkPageController(
            Cases cases,
            CaseQueries queries,
            Bodies bodies,
            ReferenceData referenceData,
            ReferenceNames names,
            Clock clock,
            CaseAttachments attachments,
            org.springframework.context.MessageSource messages) {
        this.attachments = attachments;
        this.messages = messages;
        this.cases = cases;
        this.queries = queries;
        this.bodies = bodies;
        this.referenceData = referenceData;
        this.names = names;
        this.clock = clock;
    }

    /** A gate pair's name in the reader's language: "Lao Bảo – Densavanh". */
    Map<String, String> gateNames(Locale locale) {
        Map<String, String> gates = new LinkedHashMap<>();
        referenceData.borderGates().forEach(pair -> {
            ReferenceNames.GateNames n = names.gateNames(pair.pairId(), pair.vnGate(), pair.laoGate());
            gates.put(
                    pair.pairId(),
                    n.vnGate().in(locale).text() + " – "
                            + n.laoGate().in(locale).text());
        });
        return gates;
    }

    Map<String, String> bodyNames(Locale locale) {
        Map<String, String> result = new LinkedHashMap<>();
        bodies.list()
                .forEach(b ->
                        result.put(b.id(), LocalizedText.of(b.name()).in(locale).text()));
        return result;
    }

    @GetMapping("/casework")
    @PreAuthorize(CaseworkApiController.PARTIES)
    String list(Actor actor, Model model, Locale locale) {
        model.addAttribute("cases", queries.visibleTo(actor, null));
        model.addAttribute("gates", gateNames(locale));
        model.addAttribute("bodies", bodyNames(locale));
        model.addAttribute("mayFile", Cases.mayFile(actor));
        model.addAttribute("oversees", Case.readsEveryCase(actor));
        return "casework/cases";
    }

    @GetMapping("/casework/new")
    @PreAuthorize(CaseworkApiController.FILERS)
    String form(Actor actor, Model model, Locale locale) {
        actor.require(Cases.mayFile(actor));
        model.addAttribute(
                "draft",
                new CaseDraft(
                        "OBSTACLE",
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(),
                        null,
                        null,
                        null,
                        locale.getLanguage(),
                        false,
                        null,
                        List.of()));
        return prepareForm(actor, model, locale);
    }

    private String prepareForm(Actor actor, Model model, Locale locale) {
        model.addAttribute("topics", Topic.values());
        model.addAttribute("gates", gateNames(locale));
        model.addAttribute("association", actor.has(org.vietlao.linkage.shared.Role.ASSOCIATION));
        model.addAttribute("today", Cases.today(clock));
        return "casework/form";
    }

    @PostMapping("/casework/cases")
    @PreAuthorize(CaseworkApiController.FILERS)
    String file(Actor actor, Model model, Locale locale, @RequestParam Map<String, String> form) {
        actor.require(Cases.mayFile(actor));
        List<String> hs = split(form.get("hsCodes"));
        List<String> members = form.getOrDefault("members", "")
                .lines()
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        CaseDraft draft = new CaseDraft(
                form.get("kind"),
                form.get("topic"),
                form.get("homeCountry"),
                form.get("country"),
                form.get("provinceCode"),
                form.get("gatePairId"),
                hs,
                form.get("measure"),
                form.get("title"),
                form.get("description"),
                form.get("language"),
                "on".equals(form.get("publishable")) || "true".equals(form.get("publishable")),
                form.get("filerName"),
                members);
        model.addAttribute("draft", draft);
        model.addAttribute("hsText", form.getOrDefault("hsCodes", ""));
        model.addAttribute("membersText", form.getOrDefault("members", ""));
        try {
            draft.checked(names, actor.has(org.vietlao.linkage.shared.Role.ASSOCIATION));
            if (!"true".equals(form.get("confirmed"))) {
                Topic topic = Topic.valueOf(draft.topic().strip().toUpperCase(Locale.ROOT));
                String gate = draft.gatePairId() == null || draft.gatePairId().isBlank()
                        ? null
                        : GatePairId.parse(draft.gatePairId()).value();
                List<CaseQueries.Suggestion> similar = queries.similar(
                        topic,
                        gate,
                        hs.stream()
                                .map(h -> org.vietlao.linkage.shared.HsCode.tryParse(h))
                                .flatMap(Optional::stream)
                                .map(org.vietlao.linkage.shared.HsCode::digits)
                                .toList(),
                        draft.title() + " " + draft.description());
                if (!similar.isEmpty()) {
                    model.addAttribute("similar", similar);
                    return prepareForm(actor, model, locale);
                }
            }
            Case filed = cases.file(actor, draft);
            return "redirect:/casework/cases/" + filed.id();
        } catch (BusinessException ex) {
            model.addAttribute("fieldErrors", ex.errors());
            return prepareForm(actor, model, locale);
        }
    }

    static List<String> split(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[\\s,;]+")).filter(s -> !s.isEmpty()).toList();
    }

    @GetMapping("/casework/cases/{id}")
    @PreAuthorize(CaseworkApiController.PARTIES)
    String show(@PathVariable long id, Actor actor, Model model, Locale locale) {
        CaseViews.CaseView view = queries.view(actor, id);
        Case c = cases.visible(id, actor);
        model.addAttribute("c", view);
        model.addAttribute("gates", gateNames(locale));
        model.addAttribute("bodies", bodyNames(locale));
        model.addAttribute("today", Cases.today(clock));
        List<String> actions = new ArrayList<>();
        for (Action action : Action.values()) {
            if (cases.mayTake(actor, c, action)
                    && action.from.contains(c.status())
                    && !(action == Action.ESCALATE && c.escalated())) {
                actions.add(action.name());
            }
        }
        model.addAttribute("actions", actions);
        model.addAttribute(
                "routable",
                bodies.list().stream()
                        .filter(b -> b.country().equals(c.country()))
                        .map(Bodies.Body::id)
                        .toList());
        model.addAttribute(
                "mayFile",
                Cases.mayFile(actor) && !c.isFiledBy(actor) && !c.status().isFinal());
        model.addAttribute("attachments", attachments.list(actor, id));
        model.addAttribute("withdrawable", attachments.withdrawable(actor, c));
        model.addAttribute(
                "mayAttach", attachments.mayAttach(actor, c) && !c.status().isFinal());
        model.addAttribute("associationFiler", "ASSOCIATION".equals(c.filerKind()) && c.isFiledBy(actor));
        model.addAttribute("maxAttachmentMb", CaseAttachments.MAX_BYTES / (1024 * 1024));
        for (String errors : List.of("attachmentErrors", "actionErrors", "messageErrors")) {
            if (!model.containsAttribute(errors)) {
                model.addAttribute(errors, Map.of());
            }
        }
        return "casework/case";
    }

    /**
     * Attaches a file from the case page (multipart, CSRF token in the form); errors are shown next to the field in
     * the reader's language, with the same service and rules as the API.
     */
    @PostMapping("/casework/cases/{id}/attachments")
    @PreAuthorize(CaseworkApiController.PARTIES)
    String attach(
            @PathVariable long id,
            Actor actor,
            Model model,
            Locale locale,
            jakarta.servlet.http.HttpServletRequest request,
            jakarta.servlet.http.HttpServletResponse response)
            throws java.io.IOException {
        attachments.requireAttacher(actor, id);
        var multipart = request instanceof org.springframework.web.multipart.MultipartHttpServletRequest m ? m : null;
        var file = multipart == null ? null : multipart.getFile("file");
        try {
            if (file != null && file.getSize() > CaseAttachments.MAX_BYTES) {
                throw CaseAttachments.tooLarge();
            }
            attachments.add(
                    actor,
                    id,
                    file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes(),
                    CaseAttachmentsApiController.flag(multipart, "internal"),
                    CaseAttachmentsApiController.flag(multipart, "anonymised"));
            return "redirect:/casework/cases/" + id + "#attachments";
        } catch (BusinessException ex) {
            return showWithErrors(ex, "attachmentErrors", id, actor, model, locale, response);
        }
    }

    /**
     * The case page again, with the error of each field the service refused shown next to that field in the reader's
     * language (status of the error code). An error that names no field is left to the error page.
     */
    private String showWithErrors(
            BusinessException ex,
            String attribute,
            long id,
            Actor actor,
            Model model,
            Locale locale,
            jakarta.servlet.http.HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (BusinessException.FieldError e : ex.errors()) {
            // The detail of an error code, or the field message itself (e.g. validation.NotBlank), as the API says.
            errors.put(
                    e.field(),
                    messages.getMessage(
                            new org.springframework.context.support.DefaultMessageSourceResolvable(
                                    new String[] {e.messageKey() + ".detail", e.messageKey()},
                                    e.args(),
                                    e.messageKey()),
                            locale));
        }
        if (errors.isEmpty()) {
            throw ex;
        }
        response.setStatus(ex.errorCode().status().value());
        model.addAttribute(attribute, errors);
        return show(id, actor, model, locale);
    }

    @PostMapping("/casework/cases/{id}/attachments/{attachmentId}/withdraw")
    @PreAuthorize(CaseworkApiController.PARTIES)
    String withdraw(@PathVariable long id, @PathVariable long attachmentId, Actor actor) {
        attachments.withdraw(actor, id, attachmentId);
        return "redirect:/casework/cases/" + id + "#attachments";
    }

    @GetMapping("/casework/cases/{id}/attachments/{attachmentId}")
    @PreAuthorize(CaseworkApiController.PARTIES)
    org.springframework.http.ResponseEntity<byte[]> download(
            @PathVariable long id, @PathVariable long attachmentId, Actor actor) {
        return CaseAttachmentsApiController.file(attachments.content(actor, id, attachmentId));
    }

    @PostMapping("/casework/cases/{id}/actions")
    @PreAuthorize(CaseworkApiController.PARTIES)
    String act(
            @PathVariable long id,
            Actor actor,
            @RequestParam Map<String, String> form,
            Model model,
            Locale locale,
            jakarta.servlet.http.HttpServletResponse response) {
        cases.visible(id, actor);
        try {
            cases.act(
                    actor,
                    id,
                    new Cases.ActionRequest(
                            form.get("action"),
                            form.get("reason"),
                            form.get("bodyId"),
                            form.get("answer"),
                            form.get("answerLanguage"),
                            !"false".equals(form.get("needsGovernment"))));
        } catch (BusinessException ex) {
            // The refused action's form shows the error next to its field, and keeps what was typed.
            model.addAttribute("failedAction", form.get("action"));
            model.addAttribute("actionForm", form);
            return showWithErrors(ex, "actionErrors", id, actor, model, locale, response);
        }
        return "redirect:/casework/cases/" + id;
    }

    @PostMapping("/casework/cases/{id}/messages")
    @PreAuthorize(CaseworkApiController.PARTIES)
    String message(
            @PathVariable long id,
            Actor actor,
            @RequestParam Map<String, String> form,
            Model model,
            Locale locale,
            jakarta.servlet.http.HttpServletResponse response) {
        cases.visible(id, actor);
        try {
            cases.message(actor, id, form.get("text"));
        } catch (BusinessException ex) {
            model.addAttribute("messageText", form.get("text"));
            return showWithErrors(ex, "messageErrors", id, actor, model, locale, response);
        }
        return "redirect:/casework/cases/" + id + "#messages";
    }

    @PostMapping("/casework/cases/{id}/support")
    @PreAuthorize(CaseworkApiController.FILERS)
    String support(@PathVariable long id, Actor actor) {
        cases.support(actor, id);
        return "redirect:/casework";
    }

    @GetMapping("/casework/scoreboard")
    @PreAuthorize(CaseworkApiController.OVERSIGHT)
    String scoreboard(Model model, Locale locale) {
        model.addAttribute("scores", queries.scoreboard());
        model.addAttribute("bodies", bodyNames(locale));
        return "casework/scoreboard";
    }

    @GetMapping("/casework/public")
    @PermitAll
    String published(@RequestParam(required = false) String q, Model model, Locale locale) {
        String query = q == null || q.length() > 200 ? null : q;
        model.addAttribute("q", query);
        model.addAttribute("cases", queries.published(query));
        model.addAttribute("gates", gateNames(locale));
        model.addAttribute("bodies", bodyNames(locale));
        return "casework/public";
    }
}
