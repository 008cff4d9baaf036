package org.vietlao.linkage.matching;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vietlao.linkage.enterprise.EnterpriseDirectory;
import org.vietlao.linkage.enterprise.EnterpriseId;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.Spreadsheet;

/**
 * The matching pages: an enterprise's partners across the border with a bar per score component, the
 * expressions of interest it sent and received, and the linkage chains with their gaps.
 */
@Controller
class MatchingPageController {

    private final Matchmaker matchmaker;
    private final MatchViews matchViews;
    private final Interests interests;
    private final InterestViews interestViews;
    private final Chains chains;
    private final ChainViews chainViews;
    private final MessageSource messages;
    private final ProvinceNames provinceNames;
    private final EnterpriseDirectory directory;
    private final Linkages linkages;
    private final MatchingSheets sheets;
    private final Clock clock;
    private final boolean demoData;

    MatchingPageController(
            Matchmaker matchmaker,
            MatchViews matchViews,
            Interests interests,
            InterestViews interestViews,
            Chains chains,
            ChainViews chainViews,
            MessageSource messages,
            ProvinceNames provinceNames,
            EnterpriseDirectory directory,
            Linkages linkages,
            MatchingSheets sheets,
            Clock clock,
            @Value("${linkage.demo-data:true}") boolean demoData) {
        this.matchmaker = matchmaker;
        this.matchViews = matchViews;
        this.interests = interests;
        this.interestViews = interestViews;
        this.chains = chains;
        this.chainViews = chainViews;
        this.messages = messages;
        this.provinceNames = provinceNames;
        this.directory = directory;
        this.linkages = linkages;
        this.sheets = sheets;
        this.clock = clock;
        this.demoData = demoData;
    }

    @GetMapping("/matching")
    @PreAuthorize("hasAnyRole('ENTERPRISE', 'ANALYST', 'MINISTRY', 'ADMIN')")
    String matches(
            @RequestParam(required = false) String enterprise,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String province,
            @RequestParam(required = false) String hs,
            @RequestParam(required = false) String minScore,
            @RequestParam(required = false) String verified,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") int page,
            Actor actor,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        String language = locale.getLanguage();
        List<EnterpriseRef> own = EnterpriseRef.ownedBy(actor).stream()
                .map(id -> matchmaker.find(id).map(party -> EnterpriseRef.of(party, language)))
                .flatMap(Optional::stream)
                .toList();
        boolean overseesAll = actor.overseesEveryEnterprise();
        Long chosen = enterpriseId(enterprise);
        if (enterprise != null && !enterprise.isBlank() && chosen == null) {
            // "abc" or "1.5" as an enterprise: say so on the page rather than fail it.
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problem", messages.getMessage("matching.matches.badEnterprise", null, locale));
        }
        Long selected = chosen != null ? chosen : own.size() == 1 ? own.get(0).id() : null;
        if (selected == null && overseesAll && q != null && !q.isBlank()) {
            List<EnterpriseRef> candidates = directory.withNameLike(q, 20).stream()
                    .map(id -> matchmaker.find(id).map(party -> EnterpriseRef.of(party, language)))
                    .flatMap(Optional::stream)
                    .toList();
            if (candidates.size() == 1) {
                selected = candidates.get(0).id();
            } else {
                model.addAttribute("candidates", candidates);
            }
        }
        MatchListing.Criteria criteria = MatchListing.Criteria.parse(province, hs, minScore, verified, sort);
        model.addAttribute("demoData", demoData);
        model.addAttribute("ownEnterprises", own);
        model.addAttribute("overseesAll", overseesAll);
        model.addAttribute("selectedId", selected);
        model.addAttribute("query", q);
        model.addAttribute("criteria", criteria);
        model.addAttribute("sorts", MatchListing.Sort.values());
        model.addAttribute("provinces", provinceNames.in(language));
        model.addAttribute("zone", org.vietlao.linkage.reference.ReferenceData.REGION_TIME);
        if (selected != null) {
            EnterpriseId id = new EnterpriseId(selected);
            MatchingSheets.Listed listed;
            try {
                listed = sheets.listed(actor, id, criteria, language);
            } catch (BusinessException ex) {
                if (ex.errorCode() != ErrorCode.MAT_001) {
                    throw ex;
                }
                response.setStatus(HttpServletResponse.SC_NOT_FOUND);
                model.addAttribute("problem", problem(ex, locale));
                return "matching/matches";
            }
            MatchListing.Page shown = MatchListing.page(listed.kept(), page);
            boolean canSend = actor.actsFor(selected);
            long enterpriseOnPage = selected;
            Map<Long, Interest> latest = interests.latestWith(
                    id, shown.items().stream().map(m -> m.partner().id()).toList());
            model.addAttribute("selected", EnterpriseRef.of(listed.enterprise(), language));
            model.addAttribute("partnerProvinces", partnerProvinces(listed.all(), language));
            model.addAttribute("listing", shown);
            model.addAttribute("totalSuggested", listed.all().size());
            model.addAttribute(
                    "matches",
                    shown.items().stream()
                            .map(match -> new ListedMatch(
                                    matchViews.of(match, locale),
                                    InterestState.of(
                                            latest.get(match.partner().id()),
                                            enterpriseOnPage,
                                            clock.instant(),
                                            canSend)))
                            .toList());
            model.addAttribute("canSendInterest", canSend);
        }
        return "matching/matches";
    }

    /**
     * The partners the matches page lists (filters and order of the page), as CSV or XLSX in the reader's
     * language. The same access as the page: an ENTERPRISE user only for its own enterprises.
     */
    @GetMapping("/matching/export")
    @PreAuthorize("hasAnyRole('ENTERPRISE', 'ANALYST', 'MINISTRY', 'ADMIN')")
    ResponseEntity<byte[]> exportMatches(
            @RequestParam String enterprise,
            @RequestParam(required = false) String province,
            @RequestParam(required = false) String hs,
            @RequestParam(required = false) String minScore,
            @RequestParam(required = false) String verified,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String format,
            Actor actor,
            Locale locale) {
        Spreadsheet.Format as = Spreadsheet.Format.of(format);
        Long id = enterpriseId(enterprise);
        if (id == null) {
            throw BusinessException.onField(ErrorCode.PLT_002, "enterprise", "enterprise");
        }
        return sheets.matches(
                        actor,
                        new EnterpriseId(id),
                        MatchListing.Criteria.parse(province, hs, minScore, verified, sort),
                        locale)
                .download(as, "matches-" + id);
    }

    /** Enterprise picker options for staff: names (any language) or registration numbers containing the words. */
    @GetMapping("/matching/enterprise-options")
    @PreAuthorize("hasAnyRole('ANALYST', 'MINISTRY', 'ADMIN')")
    String enterpriseOptions(@RequestParam(required = false) String q, Model model, Locale locale) {
        String query = q == null ? "" : q.strip();
        List<EnterpriseRef> found = query.length() < 2 || query.length() > 100
                ? List.of()
                : directory.withNameLike(query, 12).stream()
                        .map(id -> matchmaker.find(id).map(party -> EnterpriseRef.of(party, locale.getLanguage())))
                        .flatMap(Optional::stream)
                        .toList();
        model.addAttribute("options", found);
        model.addAttribute("query", query);
        model.addAttribute("provinces", provinceNames.in(locale.getLanguage()));
        return "matching/enterprise-options :: options";
    }

    @GetMapping("/matching/linkages")
    @PreAuthorize("hasAnyRole('ENTERPRISE', 'ANALYST', 'MINISTRY', 'ADMIN')")
    String linkages(
            @RequestParam(required = false) String province,
            @RequestParam(required = false) String gate,
            @RequestParam(required = false) String year,
            @RequestParam(defaultValue = "0") int page,
            Actor actor,
            Model model,
            Locale locale) {
        Linkages.Filter filter = linkageFilter(province, gate, year);
        Linkages.Page found = linkages.search(
                filter,
                MatchingSheets.visibleLinkagesOf(actor),
                Math.max(0, Math.min(page, 100_000)),
                MatchListing.PAGE_SIZE);
        model.addAttribute("demoData", demoData);
        model.addAttribute("filter", filter);
        model.addAttribute("result", found);
        model.addAttribute(
                "linkages",
                found.items().stream().map(l -> interestViews.of(l, locale)).toList());
        Map<String, String> names = provinceNames.labels(locale.getLanguage());
        model.addAttribute("provinces", provinceNames.in(locale.getLanguage()));
        model.addAttribute(
                "provinceOptions",
                names.entrySet().stream().sorted(Map.Entry.comparingByValue()).toList());
        model.addAttribute("gates", linkages.gatePairs());
        model.addAttribute("zone", org.vietlao.linkage.reference.ReferenceData.REGION_TIME);
        return "matching/linkages";
    }

    @GetMapping("/matching/linkages/export")
    @PreAuthorize("hasAnyRole('ENTERPRISE', 'ANALYST', 'MINISTRY', 'ADMIN')")
    ResponseEntity<byte[]> exportLinkages(
            @RequestParam(required = false) String province,
            @RequestParam(required = false) String gate,
            @RequestParam(required = false) String year,
            @RequestParam(required = false) String format,
            Actor actor,
            Locale locale) {
        Spreadsheet.Format as = Spreadsheet.Format.of(format);
        return sheets.linkages(actor, linkageFilter(province, gate, year), locale)
                .download(as, "linkages");
    }

    static Linkages.Filter linkageFilter(String province, String gate, String year) {
        String provinceCode = province == null || province.isBlank() ? null : province.strip();
        if (provinceCode != null && !provinceCode.matches("[A-Z0-9-]{1,10}")) {
            throw BusinessException.onField(ErrorCode.PLT_002, "province", "province");
        }
        String gatePair = gate == null || gate.isBlank() ? null : gate.strip();
        if (gatePair != null && !gatePair.matches("[A-Z0-9-]{1,20}")) {
            throw BusinessException.onField(ErrorCode.PLT_002, "gate", "gate");
        }
        Integer y = null;
        if (year != null && !year.isBlank()) {
            if (!year.strip().matches("\\d{4}")) {
                throw BusinessException.onField(ErrorCode.PLT_002, "year", "year");
            }
            y = Integer.valueOf(year.strip());
        }
        return new Linkages.Filter(provinceCode, gatePair, y);
    }

    /** The provinces the partners are in, for the province filter, by name. */
    private List<Map.Entry<String, String>> partnerProvinces(List<Match> all, String language) {
        Map<String, String> names = provinceNames.labels(language);
        return all.stream()
                .map(m -> m.partner().provinceCode())
                .distinct()
                .map(code -> Map.entry(code, names.getOrDefault(code, code)))
                .sorted(Map.Entry.comparingByValue())
                .toList();
    }

    private static Long enterpriseId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String digits = value.strip();
        if (!digits.matches("\\d{1,18}")) {
            return null;
        }
        return Long.valueOf(digits);
    }

    /** A partner on the page with where an interest between the two stands. */
    record ListedMatch(MatchViews.MatchView match, InterestState interest) {}

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
            rethrowIfRefused(ex);
            redirect.addFlashAttribute("problem", problem(ex, locale));
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
