package org.vietlao.linkage.matching;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.vietlao.linkage.reference.ReferenceData;
import org.vietlao.linkage.shared.Spreadsheet;

/**
 * Matches and linkages as spreadsheets in the reader's language: headings, countries, provinces, directions,
 * relations and interest states named rather than coded; dates in the region's time (UTC+7) with the zone named.
 */
@Component
class MatchingExports {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ReferenceData.REGION_TIME);

    private final MessageSource messages;
    private final MatchExplanations explanations;
    private final ProvinceNames provinceNames;
    private final InterestViews interestViews;

    MatchingExports(
            MessageSource messages,
            MatchExplanations explanations,
            ProvinceNames provinceNames,
            InterestViews interestViews) {
        this.messages = messages;
        this.explanations = explanations;
        this.provinceNames = provinceNames;
        this.interestViews = interestViews;
    }

    /** The partners of {@code enterprise} kept by a listing, best first, with the interest state of each pair. */
    Spreadsheet matches(Party enterprise, List<Match> matches, Map<Long, Interest.Status> states, Locale locale) {
        String language = locale.getLanguage();
        Map<String, String> provinces = provinceNames.in(language);
        List<String> headers = List.of(
                text("matching.export.rank", locale),
                text("matching.export.partner", locale),
                text("matching.export.partnerInLanguage", locale),
                text("matching.export.country", locale),
                text("matching.export.province", locale),
                text("matching.export.score", locale),
                text("matching.products.direction", locale),
                text("matching.component.productFit", locale),
                text("matching.component.volumeFit", locale),
                text("matching.component.logistics", locale),
                text("matching.component.mutuality", locale),
                text("matching.products.caption", locale),
                text("matching.export.gates", locale),
                text("matching.export.distanceKm", locale),
                text("matching.export.explanation", locale),
                text("matching.export.interest", locale));
        List<List<Object>> rows = new ArrayList<>();
        int rank = 1;
        for (Match match : matches) {
            Party partner = match.partner();
            GateRoutes.Route route = match.route();
            Interest.Status state = states.get(partner.id());
            List<Object> row = new ArrayList<>();
            row.add(rank++);
            row.add(partner.name());
            row.add(partner.nameIn(language));
            row.add(text("reference.country." + partner.country(), locale));
            row.add(provinces.getOrDefault(partner.provinceCode(), partner.provinceCode()));
            row.add(ScoringFormula.rounded(match.score()));
            row.add(text("matching.direction." + match.direction(), locale));
            row.add(ScoringFormula.rounded(match.productFit()));
            row.add(ScoringFormula.rounded(match.volumeFit()));
            row.add(ScoringFormula.rounded(match.logistics()));
            row.add(ScoringFormula.rounded(match.mutuality()));
            row.add(match.products().stream()
                    .map(p -> p.yourHsCode() + " → " + p.partnerHsCode() + " ("
                            + text("matching.kind." + p.kind(), locale) + ")")
                    .collect(Collectors.joining("; ")));
            row.add(route == null ? null : route.vnGate() + " – " + route.laoGate());
            row.add(route == null ? null : Math.round(route.distanceKm()));
            row.add(explanations.explain(match, locale));
            row.add(state == null ? null : text("matching.status." + state, locale));
            rows.add(row);
        }
        return new Spreadsheet(text("matching.export.matchesSheet", locale), headers, rows);
    }

    /** Linkages, newest first. */
    Spreadsheet linkages(List<Linkages.Linkage> linkages, Locale locale) {
        Map<String, String> provinces = provinceNames.in(locale.getLanguage());
        List<String> headers = List.of(
                text("matching.linkages.established", locale) + " (UTC+7)",
                text("matching.linkages.vietnamese", locale),
                text("matching.export.province", locale) + " (" + text("reference.country.VN", locale) + ")",
                text("matching.export.sectorVn", locale),
                text("matching.linkages.lao", locale),
                text("matching.export.province", locale) + " (" + text("reference.country.LA", locale) + ")",
                text("matching.export.sectorLa", locale),
                text("matching.linkages.gate", locale),
                text("matching.export.distanceKm", locale));
        List<List<Object>> rows = new ArrayList<>();
        for (Linkages.Linkage linkage : linkages) {
            EnterpriseRef vn = interestViews.ref(linkage.vnEnterpriseId(), locale);
            EnterpriseRef la = interestViews.ref(linkage.laEnterpriseId(), locale);
            List<Object> row = new ArrayList<>();
            row.add(DAY.format(linkage.establishedAt()));
            row.add(name(vn));
            row.add(provinces.getOrDefault(linkage.vnProvinceCode(), linkage.vnProvinceCode()));
            row.add(linkage.vnSector());
            row.add(name(la));
            row.add(provinces.getOrDefault(linkage.laProvinceCode(), linkage.laProvinceCode()));
            row.add(linkage.laSector());
            row.add(linkage.gatePairId());
            row.add(linkage.distanceKm());
            rows.add(row);
        }
        return new Spreadsheet(text("matching.export.linkagesSheet", locale), headers, rows);
    }

    private static String name(EnterpriseRef ref) {
        return ref.displayName() != null ? ref.displayName() : "#" + ref.id();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
