package org.vietlao.linkage.expo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.vietlao.linkage.enterprise.EnterpriseDirectory;
import org.vietlao.linkage.enterprise.EnterpriseId;
import org.vietlao.linkage.enterprise.EnterpriseProfile;
import org.vietlao.linkage.reference.ReferenceNames;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.HsCode;
import org.vietlao.linkage.shared.LocalizedText;
import org.vietlao.linkage.shared.ProvinceCode;

/**
 * An event's exhibitors and floor plan as the pages show them, to signed-in users on the event page and to
 * everyone on the public exhibitor list (issue 14): only approved booths, each enterprise's name and province in
 * the reader's language, searchable by HS product (any prefix of the code) and by province.
 */
@Component
class ExhibitorCatalogue {

    /** An enterprise as a page shows it. */
    record Party(long id, LocalizedText.Shown name, String country, LocalizedText.Shown province) {}

    record Exhibitor(Party party, String hall, Integer number, List<String> products) {}

    record FloorCell(int number, Party party) {}

    record FloorHall(String name, List<FloorCell> cells) {}

    /**
     * What the list shows for one search.
     *
     * @param exhibitors the approved booths that match, in booth order
     * @param floor every hall with every booth number, taken or free
     * @param provinces the exhibitors' provinces (code, name in the reader's language), for the search form
     * @param approved how many booths are approved in all
     * @param hs the HS search as digits ("" for none)
     * @param province the province searched ("" for none)
     */
    record Listing(
            List<Exhibitor> exhibitors,
            List<FloorHall> floor,
            List<Map.Entry<String, LocalizedText.Shown>> provinces,
            int approved,
            String hs,
            String province) {}

    private final Booths booths;
    private final EnterpriseDirectory directory;
    private final ReferenceNames names;

    ExhibitorCatalogue(Booths booths, EnterpriseDirectory directory, ReferenceNames names) {
        this.booths = booths;
        this.directory = directory;
        this.names = names;
    }

    Listing list(Events.Event event, String hs, String province, Map<Long, Party> parties, Locale locale) {
        Map<Long, String> hallNames = new HashMap<>();
        event.halls().forEach(h -> hallNames.put(h.id(), h.name()));
        List<Booths.Booth> approved = booths.of(event.id(), true);
        String hsFilter = hs == null ? "" : HsCode.digitsOf(hs);
        String provinceFilter = province == null ? "" : province.strip();
        List<Exhibitor> exhibitors = approved.stream()
                .filter(b -> hsFilter.isEmpty() || b.products().stream().anyMatch(p -> p.startsWith(hsFilter)))
                .filter(b -> provinceFilter.isEmpty() || b.provinceCode().equals(provinceFilter))
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
        List<Map.Entry<String, LocalizedText.Shown>> provinces = approved.stream()
                .map(Booths.Booth::provinceCode)
                .distinct()
                .map(code -> Map.entry(code, provinceName(code, locale)))
                .sorted(Comparator.comparing(e -> e.getValue().text()))
                .toList();
        return new Listing(exhibitors, floor, provinces, approved.size(), hsFilter, provinceFilter);
    }

    Party party(Map<Long, Party> cache, long enterprise, Locale locale) {
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

    LocalizedText.Shown provinceName(String code, Locale locale) {
        try {
            return names.province(ProvinceCode.parse(code, "province"))
                    .orElse(LocalizedText.same(code))
                    .in(locale);
        } catch (BusinessException e) {
            return LocalizedText.same(code).in(locale);
        }
    }
}
