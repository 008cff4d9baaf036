package org.vietlao.linkage.pilot;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vietlao.linkage.pilot.mcda.RandomIndex;
import org.vietlao.linkage.shared.Actor;

/**
 * The pilot's evaluation pages: the list of evaluations, a new evaluation, and one evaluation with its
 * criteria, candidates and evaluators, which its owner shapes while it is in draft and then opens for judging.
 */
@Controller
class EvaluationPageController {

    static final String MESSAGE = "pilotMessage";

    private final PilotEvaluations pilot;

    EvaluationPageController(PilotEvaluations pilot) {
        this.pilot = pilot;
    }

    @GetMapping("/pilot")
    @PreAuthorize("isAuthenticated()")
    String list(Actor actor, Model model) {
        model.addAttribute("evaluations", pilot.list(actor));
        model.addAttribute("riTables", RandomIndex.values());
        return "pilot/list";
    }

    @PostMapping("/pilot/evaluations")
    @PreAuthorize("hasRole('ANALYST')")
    String create(
            @RequestParam String titleEn,
            @RequestParam String titleVi,
            @RequestParam String titleLo,
            @RequestParam(required = false) String description,
            @RequestParam(required = false) String method,
            @RequestParam(required = false) String riTable,
            Actor actor) {
        long id = pilot.create(actor, new Names(titleEn, titleVi, titleLo), description, method, riTable);
        return "redirect:/pilot/evaluations/" + id;
    }

    @GetMapping("/pilot/evaluations/{id}")
    @PreAuthorize("isAuthenticated()")
    String detail(@PathVariable long id, Actor actor, Model model) {
        model.addAttribute("view", pilot.view(id, actor));
        model.addAttribute("sectors", PilotEvaluations.SECTORS);
        model.addAttribute("analysts", pilot.analysts());
        return "pilot/detail";
    }

    @PostMapping("/pilot/evaluations/{id}/candidates")
    @PreAuthorize("isAuthenticated()")
    String addCandidate(
            @PathVariable long id,
            NamesForm form,
            @RequestParam(required = false) String sector,
            @RequestParam(required = false) String description,
            @RequestParam(required = false) Long chainRef,
            Actor actor,
            RedirectAttributes redirect) {
        pilot.addCandidate(id, actor, form.names(), sector, description, chainRef);
        return done(id, "pilot.message.saved", redirect);
    }

    @PostMapping("/pilot/evaluations/{id}/candidates/{candidateId}/delete")
    @PreAuthorize("isAuthenticated()")
    String removeCandidate(
            @PathVariable long id, @PathVariable long candidateId, Actor actor, RedirectAttributes redirect) {
        pilot.removeCandidate(id, actor, candidateId);
        return done(id, "pilot.message.removed", redirect);
    }

    @PostMapping("/pilot/evaluations/{id}/criteria/{position}/subcriteria")
    @PreAuthorize("isAuthenticated()")
    String addSubcriterion(
            @PathVariable long id,
            @PathVariable int position,
            NamesForm form,
            Actor actor,
            RedirectAttributes redirect) {
        pilot.addSubcriterion(id, actor, position, form.names());
        return done(id, "pilot.message.saved", redirect);
    }

    @PostMapping("/pilot/evaluations/{id}/criteria/{position}/rename")
    @PreAuthorize("isAuthenticated()")
    String renameCriterion(
            @PathVariable long id,
            @PathVariable int position,
            NamesForm form,
            Actor actor,
            RedirectAttributes redirect) {
        pilot.renameCriterion(id, actor, position, form.names());
        return done(id, "pilot.message.saved", redirect);
    }

    @PostMapping("/pilot/evaluations/{id}/subcriteria/{subId}/rename")
    @PreAuthorize("isAuthenticated()")
    String renameSubcriterion(
            @PathVariable long id, @PathVariable long subId, NamesForm form, Actor actor, RedirectAttributes redirect) {
        pilot.renameSubcriterion(id, actor, subId, form.names());
        return done(id, "pilot.message.saved", redirect);
    }

    @PostMapping("/pilot/evaluations/{id}/subcriteria/{subId}/delete")
    @PreAuthorize("isAuthenticated()")
    String removeSubcriterion(
            @PathVariable long id, @PathVariable long subId, Actor actor, RedirectAttributes redirect) {
        pilot.removeSubcriterion(id, actor, subId);
        return done(id, "pilot.message.removed", redirect);
    }

    @PostMapping("/pilot/evaluations/{id}/evaluators")
    @PreAuthorize("isAuthenticated()")
    String invite(
            @PathVariable long id,
            @RequestParam(required = false) String username,
            @RequestParam(required = false) String weight,
            Actor actor,
            RedirectAttributes redirect) {
        pilot.invite(id, actor, username, weightOf(weight));
        return done(id, "pilot.message.invited", redirect);
    }

    @PostMapping("/pilot/evaluations/{id}/evaluators/{username}/delete")
    @PreAuthorize("isAuthenticated()")
    String withdraw(@PathVariable long id, @PathVariable String username, Actor actor, RedirectAttributes redirect) {
        pilot.withdraw(id, actor, username);
        return done(id, "pilot.message.removed", redirect);
    }

    @PostMapping("/pilot/evaluations/{id}/open")
    @PreAuthorize("isAuthenticated()")
    String open(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        pilot.open(id, actor);
        return done(id, "pilot.message.opened", redirect);
    }

    /**
     * The weight as typed; one that is not a number reads as NaN, which the service refuses (PIL-025) once it has
     * decided the caller may invite: a type error must not answer before the access check (decision 0009).
     */
    static Double weightOf(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(typed.trim());
        } catch (NumberFormatException ex) {
            return Double.NaN;
        }
    }

    private static String done(long id, String message, RedirectAttributes redirect) {
        redirect.addFlashAttribute(MESSAGE, message);
        return "redirect:/pilot/evaluations/" + id;
    }

    /** A name in three languages as posted by a form ({@code nameEn}, {@code nameVi}, {@code nameLo}). */
    record NamesForm(String nameEn, String nameVi, String nameLo) {

        Names names() {
            return new Names(nameEn, nameVi, nameLo);
        }
    }
}
