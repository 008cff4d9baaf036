package org.vietlao.linkage.matching;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * How many partners the matching engine suggests over the whole registry, for the staff home page: the
 * Vietnamese–Lao pairs it suggests (as each Vietnamese enterprise's list shows them, its best
 * {@value Matchmaker#MAX_LISTED}) and the enterprises with at least one suggested partner. Counting ranks every
 * enterprise once (about a millisecond each on the demo data), so a count is kept for {@link #FRESH} and shown
 * with the time it was made; a registry larger than {@link #COUNT_AT_ONCE} enterprises is counted in the
 * background, and the page shows the last count (none until the first is done) rather than wait.
 */
@Component
class SuggestedPairs {

    /** How long a count is shown before the next page view starts a new one. */
    static final Duration FRESH = Duration.ofMinutes(10);

    /** Up to this many enterprises, the first count is made while the page waits. */
    static final int COUNT_AT_ONCE = 5_000;

    private static final Logger log = LoggerFactory.getLogger(SuggestedPairs.class);

    private final MatchingIndex index;
    private final Clock clock;
    private final AtomicReference<Count> last = new AtomicReference<>();
    private final AtomicBoolean counting = new AtomicBoolean();
    private final ExecutorService background = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "suggested-pairs");
        thread.setDaemon(true);
        return thread;
    });

    SuggestedPairs(MatchingIndex index, Clock clock) {
        this.index = index;
        this.clock = clock;
    }

    /** The latest count, starting a new one when it is older than {@link #FRESH}. */
    Optional<Count> latest() {
        Count current = last.get();
        if (current != null && !current.countedAt().isBefore(clock.instant().minus(FRESH))) {
            return Optional.of(current);
        }
        if (current == null && index.state().parties().size() <= COUNT_AT_ONCE) {
            return Optional.of(countNow());
        }
        if (counting.compareAndSet(false, true)) {
            background.execute(() -> {
                try {
                    countNow();
                } catch (RuntimeException ex) {
                    log.warn("Counting the suggested partners failed", ex);
                } finally {
                    counting.set(false);
                }
            });
        }
        return Optional.ofNullable(current);
    }

    /** Ranks every enterprise of the index once and keeps the result. */
    Count countNow() {
        MatchingIndex.State state = index.state();
        long pairs = 0;
        long withPartner = 0;
        long enterprises = 0;
        for (Party party : state.parties().all()) {
            enterprises++;
            boolean vietnamese = Party.VIET_NAM.equals(party.country());
            List<Match> top = state.engine().top(party, vietnamese ? Matchmaker.MAX_LISTED : 1);
            if (!top.isEmpty()) {
                withPartner++;
            }
            if (vietnamese) {
                pairs += top.size();
            }
        }
        Count count = new Count(pairs, withPartner, enterprises, clock.instant());
        last.set(count);
        return count;
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }

    /**
     * @param pairs Vietnamese–Lao pairs suggested
     * @param withPartner enterprises with at least one suggested partner
     * @param enterprises enterprises in the index
     * @param countedAt when the count was made
     */
    record Count(long pairs, long withPartner, long enterprises, Instant countedAt) {}
}
