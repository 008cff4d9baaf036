package org.vietlao.linkage.matching;

import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.Spreadsheet;

/**
 * The agreed linkages page and its export: who linked with whom across the border, by province, gate and year.
 */
@Controller
class LinkagePageController {

    private final Linkages linkages;
    private final InterestViews interestViews;
    private final ProvinceNames provinceNames;
    private final MatchingSheets sheets;
    private final boolean demoData;

    LinkagePageController(
            Linkages linkages,
            InterestViews interestViews,
            ProvinceNames provinceNames,
            MatchingSheets sheets,
            @Value("${linkage.demo-data:true}") boolean demoData) {
        this.linkages = linkages;
        this.interestViews = interestViews;
        this.provinceNames = provinceNames;
        this.sheets = sheets;
        this.demoData = demoData;
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
}
