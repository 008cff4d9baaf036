package org.vietlao.linkage.matching;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.vietlao.linkage.enterprise.EnterpriseId;

/**
 * Interests and linkages as the API and pages show them: both enterprises named in the reader's language and
 * the status as of now (an open interest past its expiry reads EXPIRED even before the job closes it).
 */
@Component
class InterestViews {

    private final Matchmaker matchmaker;
    private final Clock clock;

    InterestViews(Matchmaker matchmaker, Clock clock) {
        this.matchmaker = matchmaker;
        this.clock = clock;
    }

    InterestView of(Interest interest, Locale locale) {
        return new InterestView(
                interest.id(),
                ref(interest.fromEnterpriseId(), locale),
                ref(interest.toEnterpriseId(), locale),
                interest.message(),
                interest.statusAt(clock.instant()),
                interest.sentAt(),
                interest.expiresAt(),
                interest.answeredAt());
    }

    List<InterestView> of(List<Interest> interests, Locale locale) {
        return interests.stream().map(interest -> of(interest, locale)).toList();
    }

    LinkageView of(Linkages.Linkage linkage, Locale locale) {
        return new LinkageView(
                linkage.id(),
                linkage.interestId(),
                ref(linkage.vnEnterpriseId(), locale),
                ref(linkage.laEnterpriseId(), locale),
                linkage.gatePairId(),
                linkage.distanceKm(),
                linkage.establishedAt());
    }

    EnterpriseRef ref(long id, Locale locale) {
        return matchmaker
                .find(new EnterpriseId(id))
                .map(party -> EnterpriseRef.of(party, locale.getLanguage()))
                .orElse(EnterpriseRef.unknown(id));
    }

    record InterestView(
            long id,
            EnterpriseRef from,
            EnterpriseRef to,
            String message,
            Interest.Status status,
            Instant sentAt,
            Instant expiresAt,
            Instant answeredAt) {}

    /**
     * @param gatePairId the border-gate pair of the road estimate when the linkage was made
     * @param distanceKm the road estimate then
     */
    record LinkageView(
            long id,
            long interestId,
            EnterpriseRef vietnamese,
            EnterpriseRef lao,
            String gatePairId,
            Integer distanceKm,
            Instant establishedAt) {}
}
