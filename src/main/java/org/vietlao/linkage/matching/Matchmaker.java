package org.vietlao.linkage.matching;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.vietlao.linkage.enterprise.EnterpriseDirectory;
import org.vietlao.linkage.enterprise.EnterpriseId;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;

/**
 * Suggests partners across the border, from the in-memory index, for whoever may see them.
 */
@Service
class Matchmaker {

    static final int MIN_LIMIT = 1;
    static final int MAX_LIMIT = 50;

    /** The most partners the listing pages and exports filter and sort (the best ones). */
    static final int MAX_LISTED = 500;

    private final MatchingIndex index;
    private final EnterpriseDirectory directory;

    Matchmaker(MatchingIndex index, EnterpriseDirectory directory) {
        this.index = index;
        this.directory = directory;
    }

    /**
     * The best {@code limit} partners of the enterprise. Fails with AUT-002 for an ENTERPRISE user of another
     * organisation, MAT-001 for an unknown enterprise and MAT-002 for a limit outside 1..50.
     */
    Suggestions suggestionsFor(Actor actor, EnterpriseId id, int limit) {
        actor.require(actor.overseesEveryEnterprise() || actor.actsFor(id.value()));
        if (limit < MIN_LIMIT || limit > MAX_LIMIT) {
            throw BusinessException.onField(ErrorCode.MAT_002, "limit", MIN_LIMIT, MAX_LIMIT);
        }
        MatchingIndex.State state = index.state();
        Party me = party(state, id);
        return new Suggestions(me, state.engine().top(me, limit));
    }

    /**
     * The best {@link #MAX_LISTED} partners of the enterprise, for a listing that filters, sorts and pages them.
     * The same access rules as {@link #suggestionsFor}.
     */
    Suggestions listFor(Actor actor, EnterpriseId id) {
        actor.require(actor.overseesEveryEnterprise() || actor.actsFor(id.value()));
        MatchingIndex.State state = index.state();
        Party me = party(state, id);
        return new Suggestions(me, state.engine().top(me, MAX_LISTED));
    }

    /** The best {@code limit} partners of the enterprise, with no access check (for {@link PartnerMatches}). */
    List<Match> topOf(Party me, int limit) {
        return index.state().engine().top(me, limit);
    }

    /** How two enterprises match, if they do; fails with MAT-001 when either is unknown. */
    Optional<Match> between(EnterpriseId from, EnterpriseId to) {
        MatchingIndex.State state = index.state();
        return state.engine().between(party(state, from), party(state, to));
    }

    /** The enterprise as the index holds it, read from the registry when the index has not caught up yet. */
    Party party(EnterpriseId id) {
        return party(index.state(), id);
    }

    /** The enterprise, if the registry still holds it. */
    Optional<Party> find(EnterpriseId id) {
        Party party = index.state().parties().find(id.value());
        return party != null ? Optional.of(party) : directory.find(id).map(Party::of);
    }

    private Party party(MatchingIndex.State state, EnterpriseId id) {
        Party party = state.parties().find(id.value());
        if (party != null) {
            return party;
        }
        return directory
                .find(id)
                .map(Party::of)
                .orElseThrow(() -> new BusinessException(ErrorCode.MAT_001, id.toString()));
    }

    /** An enterprise and its best partners. */
    record Suggestions(Party enterprise, List<Match> matches) {}
}
