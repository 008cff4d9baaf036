package org.vietlao.linkage.matching;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.vietlao.linkage.enterprise.EnterpriseDirectory;
import org.vietlao.linkage.enterprise.EnterpriseId;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.Role;
import org.vietlao.linkage.shared.Spreadsheet;

/**
 * The lists behind the matches and linkages pages and their exports (pages and API alike): an enterprise's
 * partners filtered and sorted, and the linkages the actor may see.
 */
@Component
class MatchingSheets {

    private final Matchmaker matchmaker;
    private final Interests interests;
    private final Linkages linkages;
    private final EnterpriseDirectory directory;
    private final MatchingExports exports;
    private final Clock clock;

    MatchingSheets(
            Matchmaker matchmaker,
            Interests interests,
            Linkages linkages,
            EnterpriseDirectory directory,
            MatchingExports exports,
            Clock clock) {
        this.matchmaker = matchmaker;
        this.interests = interests;
        this.linkages = linkages;
        this.directory = directory;
        this.exports = exports;
        this.clock = clock;
    }

    /** The matches of one enterprise as a spreadsheet; shared by the page's and the API's export. */
    Spreadsheet matches(Actor actor, EnterpriseId id, MatchListing.Criteria criteria, Locale locale) {
        Listed listed = listed(actor, id, criteria, locale.getLanguage());
        Map<Long, Interest.Status> states = new HashMap<>();
        Instant now = clock.instant();
        interests
                .latestWith(
                        id, listed.kept().stream().map(m -> m.partner().id()).toList())
                .forEach((partner, interest) -> states.put(partner, interest.statusAt(now)));
        return exports.matches(listed.enterprise(), listed.kept(), states, locale);
    }

    /** The linkages the actor may see that the filter keeps, as a spreadsheet; shared with the API. */
    Spreadsheet linkages(Actor actor, Linkages.Filter filter, Locale locale) {
        Linkages.Page all = linkages.search(filter, visibleLinkagesOf(actor), 0, Spreadsheet.MAX_ROWS);
        return exports.linkages(all.items(), locale);
    }

    /** {@code null}: every linkage (staff); otherwise the actor's own enterprises. */
    static List<EnterpriseId> visibleLinkagesOf(Actor actor) {
        if (actor.overseesEveryEnterprise()) {
            return null;
        }
        actor.require(actor.has(Role.ENTERPRISE));
        return EnterpriseRef.ownedBy(actor);
    }

    Listed listed(Actor actor, EnterpriseId id, MatchListing.Criteria criteria, String language) {
        Matchmaker.Suggestions all = matchmaker.listFor(actor, id);
        Set<Long> verified = criteria.verifiedOnly()
                ? directory
                        .verifiedAmong(all.matches().stream()
                                .map(m -> new EnterpriseId(m.partner().id()))
                                .toList())
                        .stream()
                        .map(EnterpriseId::value)
                        .collect(Collectors.toSet())
                : Set.of();
        return new Listed(
                all.enterprise(), all.matches(), MatchListing.filtered(all.matches(), criteria, verified, language));
    }

    record Listed(Party enterprise, List<Match> all, List<Match> kept) {}
}
