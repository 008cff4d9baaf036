package org.vietlao.linkage.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * A chain with, for each stage, the enterprises of both countries that offer the stage's products, and the
 * stages that have none in the country where they happen: the gaps to fill.
 */
@Component
class ChainViews {

    /** How many enterprises a stage lists per country; the counts are complete. */
    static final int MAX_LISTED = 20;

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
            boolean gap) {}
}
