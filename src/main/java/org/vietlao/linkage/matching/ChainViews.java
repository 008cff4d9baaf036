package org.vietlao.linkage.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;

/**
 * A chain with, for each stage, the enterprises of both countries that offer the stage's products, and the
 * stages that have none in the country where they happen: the gaps to fill.
 */
@Component
class ChainViews {

    /** How many enterprises a stage lists per country; the counts are complete. */
    static final int MAX_LISTED = 20;

    /** How many suppliers a page of one stage's suppliers in one country shows. */
    static final int PAGE_SIZE = MAX_LISTED;

    private final MatchingIndex index;

    ChainViews(MatchingIndex index) {
        this.index = index;
    }

    ChainView of(Chain chain, Locale locale) {
        PartyIndex parties = index.state().parties();
        String language = locale.getLanguage();
        List<StageView> stages = new ArrayList<>();
        for (Chain.Stage stage : chain.stages()) {
            Map<String, List<EnterpriseRef>> listed = new TreeMap<>();
            Map<String, Integer> counts = new TreeMap<>();
            for (String country : List.of(Party.LAOS, Party.VIET_NAM)) {
                List<Party> offering = offering(parties, country, stage.hsCodes());
                counts.put(country, offering.size());
                listed.put(
                        country,
                        offering.stream()
                                .limit(MAX_LISTED)
                                .map(party -> EnterpriseRef.of(party, language))
                                .toList());
            }
            stages.add(new StageView(
                    stage.position(),
                    stage.country(),
                    stage.hsCodes(),
                    stage.labelIn(language),
                    listed,
                    counts,
                    counts.get(stage.country()) == 0));
        }
        return new ChainView(
                chain.id(),
                chain.name(),
                chain.nameIn(language),
                chain.names(),
                chain.sector(),
                chain.description(),
                chain.demo(),
                stages,
                stages.stream().filter(StageView::gap).map(StageView::position).toList());
    }

    /**
     * One page of the enterprises of {@code country} that offer the products of stage {@code position}, in the
     * order of the chain page; MAT-013 when the chain has no such stage, PLT-002 for a country other than VN or LA.
     * A page past the last shows the last.
     */
    StagePage stage(Chain chain, int position, String country, int page, Locale locale) {
        Chain.Stage stage = chain.stages().stream()
                .filter(s -> s.position() == position)
                .findFirst()
                .orElseThrow(() -> new BusinessException(ErrorCode.MAT_013, String.valueOf(chain.id())));
        if (!Party.LAOS.equals(country) && !Party.VIET_NAM.equals(country)) {
            throw BusinessException.onField(ErrorCode.PLT_002, "country", "country");
        }
        String language = locale.getLanguage();
        List<Party> offering = offering(index.state().parties(), country, stage.hsCodes());
        int pages = Math.max(1, (offering.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.max(0, Math.min(page, pages - 1));
        return new StagePage(
                chain.id(),
                chain.nameIn(language),
                stage.position(),
                stage.country(),
                stage.labelIn(language),
                stage.hsCodes(),
                country,
                offering.stream()
                        .skip((long) shown * PAGE_SIZE)
                        .limit(PAGE_SIZE)
                        .map(party -> EnterpriseRef.of(party, language))
                        .toList(),
                offering.size(),
                shown,
                pages);
    }

    /** The enterprises of {@code country} offering something under one of {@code codes}, in id order. */
    static List<Party> offering(PartyIndex parties, String country, List<String> codes) {
        Map<Long, Party> found = new TreeMap<>();
        for (String code : codes) {
            for (PartyIndex.Entry entry : parties.offering(country, code)) {
                Party party = entry.party();
                if (party.offers().stream().anyMatch(offer -> offer.hs().startsWith(code))) {
                    found.put(party.id(), party);
                }
            }
        }
        return List.copyOf(found.values());
    }

    /**
     * @param displayName the name in the reader's language
     * @param gaps the positions of the stages without an enterprise in their country
     */
    record ChainView(
            long id,
            String name,
            String displayName,
            Map<String, String> names,
            Chain.Sector sector,
            String description,
            boolean demo,
            List<StageView> stages,
            List<Integer> gaps) {}

    /**
     * A page of one stage's suppliers in one country.
     *
     * @param stageCountry where the stage happens
     * @param country whose suppliers are listed
     * @param total how many there are in all
     * @param page 0-based
     */
    record StagePage(
            long chainId,
            String chainName,
            int position,
            String stageCountry,
            String label,
            List<String> hsCodes,
            String country,
            List<EnterpriseRef> suppliers,
            int total,
            int page,
            int pages) {

        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return page + 1 < pages;
        }

        /** The position of the first supplier on the page, 1-based (0 when there is none). */
        public int first() {
            return suppliers.isEmpty() ? 0 : page * PAGE_SIZE + 1;
        }

        public int last() {
            return page * PAGE_SIZE + suppliers.size();
        }
    }

    /**
     * @param enterprises by country, the first {@value ChainViews#MAX_LISTED} in id order
     * @param counts by country, all of them
     * @param gap whether no enterprise offers the stage's products in the stage's country
     */
    record StageView(
            int position,
            String country,
            List<String> hsCodes,
            String label,
            Map<String, List<EnterpriseRef>> enterprises,
            Map<String, Integer> counts,
            boolean gap) {

        /** Whether the stage's suppliers in {@code country} run onto more than the one page shown with the chain. */
        public boolean morePages(String country) {
            Integer count = counts.get(country);
            return count != null && count > MAX_LISTED;
        }
    }
}
