package org.vietlao.linkage.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
import org.vietlao.linkage.shared.ErrorCode;

/**
 * The matching pages: an enterprise's partners across the border with a bar per score component, the
 * expressions of interest it sent and received, and the linkage chains with their gaps.
 */
@Controller
class MatchingPageController {

    static final int PAGE_LIMIT = 20;

    private final Matchmaker matchmaker;
    private final MatchViews matchViews;
    private final Interests interests;
    private final InterestViews interestViews;
    private final Chains chains;
    private final ChainViews chainViews;
    private final EnterpriseAccess access;
    private final MessageSource messages;
    private final ProvinceNames provinceNames;
    private final boolean demoData;

    MatchingPageController(
            Matchmaker matchmaker,
            MatchViews matchViews,
            Interests interests,
            InterestViews interestViews,
            Chains chains,
            ChainViews chainViews,
            EnterpriseAccess access,
            MessageSource messages,
            ProvinceNames provinceNames,
            @Value("${linkage.demo-data:true}") boolean demoData) {
        this.matchmaker = matchmaker;
        this.matchViews = matchViews;
        this.interests = interests;
        this.interestViews = interestViews;
        this.chains = chains;
        this.chainViews = chainViews;
        this.access = access;
        this.messages = messages;
        this.provinceNames = provinceNames;
        this.demoData = demoData;
    }

    @GetMapping("/matching")
    @PreAuthorize("hasAnyRole('ENTERPRISE', 'ANALYST', 'MINISTRY', 'ADMIN')")
    String matches(@RequestParam(required = false) Long enterprise, Model model, Locale locale) {
        Actor actor = access.actor();
        List<EnterpriseRef> own = access.ownEnterprises().stream()
                .map(id -> matchmaker.find(id).map(party -> EnterpriseRef.of(party, locale.getLanguage())))
                .flatMap(Optional::stream)
                .toList();
        Long selected =
                enterprise != null ? enterprise : own.size() == 1 ? own.get(0).id() : null;
        model.addAttribute("demoData", demoData);
        model.addAttribute("ownEnterprises", own);
        model.addAttribute("overseesAll", EnterpriseAccess.overseesAll(actor));
        model.addAttribute("selectedId", selected);
        model.addAttribute("provinces", provinceNames.in(locale.getLanguage()));
        if (selected != null) {
            Matchmaker.Suggestions suggestions = matchmaker.suggestionsFor(new EnterpriseId(selected), PAGE_LIMIT);
            model.addAttribute("selected", EnterpriseRef.of(suggestions.enterprise(), locale.getLanguage()));
            model.addAttribute(
                    "matches",
                    suggestions.matches().stream()
                            .map(match -> matchViews.of(match, locale))
                            .toList());
            model.addAttribute("canSendInterest", access.actsFor(actor, new EnterpriseId(selected)));
        }
        return "matching/matches";
    }

    @PostMapping("/matching/interests")
    @PreAuthorize("hasRole('ENTERPRISE')")
    String sendInterest(
            @RequestParam long fromEnterpriseId,
            @RequestParam long toEnterpriseId,
            @RequestParam(required = false) String message,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            Interest sent = interests.send(fromEnterpriseId, toEnterpriseId, message);
            redirect.addFlashAttribute(
                    "notice",
                    messages.getMessage(
                            "matching.interest.sent",
                            new Object[] {
                                interestViews.ref(sent.toEnterpriseId(), locale).displayName()
                            },
                            locale));
        } catch (BusinessException ex) {
            rethrowIfRefused(ex);
            redirect.addFlashAttribute("problem", problem(ex, locale));
        }
        redirect.addAttribute("enterprise", fromEnterpriseId);
        return "redirect:/matching";
    }

    @GetMapping("/matching/interests")
    @PreAuthorize("hasRole('ENTERPRISE')")
    String interests(Model model, Locale locale) {
        List<EnterpriseId> own = access.ownEnterprises();
        model.addAttribute("demoData", demoData);
        model.addAttribute("provinces", provinceNames.in(locale.getLanguage()));
        model.addAttribute("zone", org.vietlao.linkage.reference.ReferenceData.REGION_TIME);
        model.addAttribute("received", interestViews.of(interests.receivedBy(own), locale));
        model.addAttribute("sent", interestViews.of(interests.sentBy(own), locale));
        return "matching/interests";
    }

    @PostMapping("/matching/interests/{id}/accept")
    @PreAuthorize("hasRole('ENTERPRISE')")
    String accept(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        return answer(() -> interests.accept(id), "matching.interests.accepted", redirect, locale);
    }

    @PostMapping("/matching/interests/{id}/decline")
    @PreAuthorize("hasRole('ENTERPRISE')")
    String decline(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        return answer(() -> interests.decline(id), "matching.interests.declined", redirect, locale);
    }

    @GetMapping("/matching/chains")
    @PreAuthorize("isAuthenticated()")
    String chains(Model model, Locale locale) {
        List<ChainViews.ChainView> views = new ArrayList<>();
        chains.all().forEach(chain -> views.add(chainViews.of(chain, locale)));
        views.sort(Comparator.comparing(ChainViews.ChainView::sector).thenComparingLong(ChainViews.ChainView::id));
        model.addAttribute("demoData", demoData);
        model.addAttribute("chains", views);
        return "matching/chains";
    }

    @GetMapping("/matching/chains/{id}")
    @PreAuthorize("isAuthenticated()")
    String chain(@PathVariable long id, Model model, Locale locale) {
        model.addAttribute("demoData", demoData);
        model.addAttribute("chain", chainViews.of(chains.get(id), locale));
        model.addAttribute("provinces", provinceNames.in(locale.getLanguage()));
        return "matching/chain";
    }

    private String answer(Runnable action, String doneKey, RedirectAttributes redirect, Locale locale) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", messages.getMessage(doneKey, null, locale));
        } catch (BusinessException ex) {
            rethrowIfRefused(ex);
            redirect.addFlashAttribute("problem", problem(ex, locale));
        }
        return "redirect:/matching/interests";
    }

    /**
     * A caller who may not act gets the 403 or 404 page, not a notice on the next page that could be taken for a
     * problem with what they sent (decision 0009).
     */
    private static void rethrowIfRefused(BusinessException ex) {
        int status = ex.errorCode().status().value();
        if (status == 403 || status == 404) {
            throw ex;
        }
    }

    private String problem(BusinessException ex, Locale locale) {
        ErrorCode code = ex.errorCode();
        String title = messages.getMessage(code.messageKey(), null, code.code(), locale);
        return messages.getMessage(code.messageKey() + ".detail", ex.args(), title, locale) + " (" + code.code() + ")";
    }
}
