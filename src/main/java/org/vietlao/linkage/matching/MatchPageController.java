package org.vietlao.linkage.matching;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.vietlao.linkage.enterprise.EnterpriseDirectory;
import org.vietlao.linkage.enterprise.EnterpriseId;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.Spreadsheet;

/**
 * The matches page: an enterprise's partners across the border with a bar per score component and where an
 * interest between the two stands, its export and the enterprise picker for staff.
 */
@Controller
class MatchPageController {

    private final Matchmaker matchmaker;
    private final MatchViews matchViews;
    private final ExpressionsOfInterest interests;
    private final MessageSource messages;
    private final ProvinceNames provinceNames;
    private final EnterpriseDirectory directory;
    private final MatchingSheets sheets;
    private final Clock clock;
    private final boolean demoData;
    private final SuggestedProducts suggestedProducts;

    MatchPageController(
            Matchmaker matchmaker,
            MatchViews matchViews,
            ExpressionsOfInterest interests,
            MessageSource messages,
            ProvinceNames provinceNames,
            EnterpriseDirectory directory,
            MatchingSheets sheets,
            Clock clock,
            @Value("${linkage.demo-data:true}") boolean demoData,
            SuggestedProducts suggestedProducts) {
        this.suggestedProducts = suggestedProducts;
        this.matchmaker = matchmaker;
        this.matchViews = matchViews;
        this.interests = interests;
        this.messages = messages;
        this.provinceNames = provinceNames;
        this.directory = directory;
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
                model.addAttribute("problem", PageProblems.problem(messages, ex, locale));
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
            // Decision 0045: what the trade indicators suggest the enterprise's country sells across the border.
            model.addAttribute(
                    "suggestedProducts",
                    suggestedProducts
                            .latest(SuggestedProducts.alpha3(listed.enterprise().country()), language)
                            .filter(s -> !s.products().isEmpty())
                            .orElse(null));
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
}
