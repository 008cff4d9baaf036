package org.vietlao.linkage.matching;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.vietlao.linkage.enterprise.EnterpriseId;

/**
 * What other modules may ask of matching: an enterprise's ranked partners across the border among a given set
 * (the Expo's participants), with the product reasons, and how two enterprises match. The scoring stays here;
 * callers decide who may see what before they ask.
 */
@Service
public class PartnerMatches {

    private final Matchmaker matchmaker;

    PartnerMatches(Matchmaker matchmaker) {
        this.matchmaker = matchmaker;
    }

    /**
     * A partner and why: the score in [0, 1] and the product relations, strongest first.
     *
     * @param partner the enterprise across the border
     * @param score matching's weighted score in [0, 1]
     * @param reasons the product relations behind it
     */
    public record PartnerMatch(EnterpriseId partner, double score, List<Reason> reasons) {}

    /**
     * One product relation: the enterprise's HS code, the partner's, how they relate (message key
     * {@code matching.kind.<kind>}) and which way goods would flow ({@code matching.direction.<direction>}).
     */
    public record Reason(String yourHsCode, String partnerHsCode, String kind, String direction) {}

    /** The enterprise's partners among {@code candidates}, best first (matching ranks its best 500). */
    public List<PartnerMatch> rankedAmong(EnterpriseId enterprise, Collection<EnterpriseId> candidates) {
        Set<Long> wanted = new HashSet<>();
        candidates.forEach(id -> wanted.add(id.value()));
        return matchmaker.topOf(matchmaker.party(enterprise), Matchmaker.MAX_LISTED).stream()
                .filter(match -> wanted.contains(match.partner().id()))
                .map(PartnerMatches::of)
                .toList();
    }

    /** How the two match, if they do (either order); empty when they share no product relation. */
    public Optional<PartnerMatch> between(EnterpriseId one, EnterpriseId other) {
        return matchmaker.between(one, other).map(PartnerMatches::of);
    }

    private static PartnerMatch of(Match match) {
        return new PartnerMatch(
                new EnterpriseId(match.partner().id()),
                match.score(),
                match.products().stream()
                        .map(p -> new Reason(
                                p.yourHsCode(),
                                p.partnerHsCode(),
                                p.kind().name(),
                                p.direction().name()))
                        .toList());
    }
}
