package org.vietlao.linkage.matching;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vietlao.linkage.enterprise.EnterpriseId;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;

/**
 * The expressions of interest pages: sending one from the matches page, and what an enterprise sent and
 * received, with accept and decline.
 */
@Controller
class InterestPageController {

    private final ExpressionsOfInterest interests;
    private final InterestViews interestViews;
    private final MessageSource messages;
    private final ProvinceNames provinceNames;
    private final boolean demoData;

    InterestPageController(
            ExpressionsOfInterest interests,
            InterestViews interestViews,
            MessageSource messages,
            ProvinceNames provinceNames,
            @Value("${linkage.demo-data:true}") boolean demoData) {
        this.interests = interests;
        this.interestViews = interestViews;
        this.messages = messages;
        this.provinceNames = provinceNames;
        this.demoData = demoData;
    }

    @PostMapping("/matching/interests")
    @PreAuthorize("hasRole('ENTERPRISE')")
    String sendInterest(
            @RequestParam long fromEnterpriseId,
            @RequestParam long toEnterpriseId,
            @RequestParam(required = false) String message,
            @RequestParam(required = false) String province,
            @RequestParam(required = false) String hs,
            @RequestParam(required = false) String minScore,
            @RequestParam(required = false) String verified,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String page,
            Actor actor,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            Interest sent = interests.send(actor, fromEnterpriseId, toEnterpriseId, message);
            redirect.addFlashAttribute(
                    "notice",
                    messages.getMessage(
                            "matching.interest.sent",
                            new Object[] {
                                interestViews.ref(sent.toEnterpriseId(), locale).displayName()
                            },
                            locale));
        } catch (BusinessException ex) {
            PageProblems.rethrowIfRefused(ex);
            redirect.addFlashAttribute("problem", PageProblems.problem(messages, ex, locale));
        }
        redirect.addAttribute("enterprise", fromEnterpriseId);
        // Back to the same filtered page, where the partner's card now shows the interest sent.
        Map<String, String> listing = new java.util.LinkedHashMap<>();
        listing.put("province", province);
        listing.put("hs", hs);
        listing.put("minScore", minScore);
        listing.put("verified", verified);
        listing.put("sort", sort);
        listing.put("page", page);
        listing.forEach((name, value) -> {
            if (value != null && !value.isBlank() && value.length() <= 20) {
                redirect.addAttribute(name, value);
            }
        });
        return "redirect:/matching";
    }

    @GetMapping("/matching/interests")
    @PreAuthorize("hasRole('ENTERPRISE')")
    String interests(Actor actor, Model model, Locale locale) {
        List<EnterpriseId> own = EnterpriseRef.ownedBy(actor);
        model.addAttribute("demoData", demoData);
        model.addAttribute("provinces", provinceNames.in(locale.getLanguage()));
        model.addAttribute("zone", org.vietlao.linkage.reference.ReferenceData.REGION_TIME);
        model.addAttribute("received", interestViews.of(interests.receivedBy(own), locale));
        model.addAttribute("sent", interestViews.of(interests.sentBy(own), locale));
        return "matching/interests";
    }

    @PostMapping("/matching/interests/{id}/accept")
    @PreAuthorize("hasRole('ENTERPRISE')")
    String accept(@PathVariable long id, Actor actor, RedirectAttributes redirect, Locale locale) {
        return answer(() -> interests.accept(actor, id), "matching.interests.accepted", redirect, locale);
    }

    @PostMapping("/matching/interests/{id}/decline")
    @PreAuthorize("hasRole('ENTERPRISE')")
    String decline(@PathVariable long id, Actor actor, RedirectAttributes redirect, Locale locale) {
        return answer(() -> interests.decline(actor, id), "matching.interests.declined", redirect, locale);
    }

    private String answer(Runnable action, String doneKey, RedirectAttributes redirect, Locale locale) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", messages.getMessage(doneKey, null, locale));
        } catch (BusinessException ex) {
            PageProblems.rethrowIfRefused(ex);
            redirect.addFlashAttribute("problem", PageProblems.problem(messages, ex, locale));
        }
        return "redirect:/matching/interests";
    }
}
