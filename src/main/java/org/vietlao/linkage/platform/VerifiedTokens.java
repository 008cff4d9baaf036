package org.vietlao.linkage.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;
import org.springframework.transaction.event.TransactionalEventListener;
import org.vietlao.linkage.shared.EntityChanged;

/**
 * Bearer tokens verified in the last moments (issues 13 and 19, decision 0102): the account, roles, gates, the
 * token's id and its expiry, keyed by the token's hash, so that an API call does not read PostgreSQL to learn who
 * is calling. What still holds on every call:
 * <ul>
 *   <li>expiry: a cached token is refused once its own expiry has passed, by the same clock as the database
 *       check;</li>
 *   <li>revocation, a disabled account, a changed role, gate or organisation: the triggers of V173 NOTIFY
 *       {@code api_token_change} when any of them commits, on whichever instance; every instance LISTENs
 *       ({@link VerifiedTokenNotifications}) and forgets everything it cached. A revocation through this instance
 *       is also forgotten right after its commit, before the call that revoked has answered;</li>
 *   <li>the enterprises an organisation owns (what an ENTERPRISE user acts for) are remembered under the same rules;
 *       V174 notifies when an enterprise is added, removed or changes owner, and a change through this instance
 *       is forgotten right after its commit;</li>
 *   <li>the bound: an entry is used for at most {@code linkage.security.token-cache-ttl} (2 s) after it was
 *       read, and not at all while the instance is not listening (a lost notification cannot keep a revoked
 *       token alive longer than that).</li>
 * </ul>
 * Unknown, expired or revoked tokens and disabled accounts are never cached: each such call reads the database.
 */
class VerifiedTokens {

    /** Beyond this many live tokens the cache starts again from empty rather than grow. */
    static final int MAX_ENTRIES = 10_000;

    /** The registry's entity type in {@link EntityChanged} (its owner decides whom an enterprise user acts for). */
    private static final String ENTERPRISE = "enterprise";

    private final Function<String, Optional<PlatformUsers.TokenUser>> lookup;
    private final Clock clock;
    private final long ttlNanos;
    private final LongSupplier nanoTime;
    private volatile boolean listening;
    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Long, Owned> owned = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    VerifiedTokens(
            Function<String, Optional<PlatformUsers.TokenUser>> lookup,
            Clock clock,
            Duration ttl,
            LongSupplier nanoTime) {
        this.lookup = lookup;
        this.clock = clock;
        this.ttlNanos = ttl.toNanos();
        this.nanoTime = nanoTime;
    }

    /** The enabled account behind a token that is neither revoked nor expired now, with the token's id. */
    Optional<PlatformUsers.TokenUser> verify(String tokenHash) {
        Instant now = clock.instant();
        boolean usable = ttlNanos > 0 && listening;
        if (usable) {
            Entry cached = entries.get(tokenHash);
            if (cached != null) {
                if (nanoTime.getAsLong() - cached.readAtNanos < ttlNanos
                        && cached.found.expiresAt().isAfter(now)) {
                    return Optional.of(cached.found);
                }
                entries.remove(tokenHash, cached);
            }
        }
        long seen = generation.get();
        long readAt = nanoTime.getAsLong();
        Optional<PlatformUsers.TokenUser> found =
                lookup.apply(tokenHash).filter(user -> user.user().enabled());
        if (usable && found.isPresent()) {
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            Entry entry = new Entry(found.get(), readAt);
            entries.put(tokenHash, entry);
            // A change heard while the database was being read may postdate what was read: drop it again.
            if (generation.get() != seen) {
                entries.remove(tokenHash, entry);
            }
        }
        return found;
    }

    /**
     * The enterprises an organisation owns, as {@code registry} answers, reused under the same rules as a token (at
     * most the lifetime, forgotten when V174's trigger tells of an owner change, not used while not listening).
     */
    Set<Long> enterprisesOwnedBy(long organisationId, LongFunction<Set<Long>> registry) {
        boolean usable = ttlNanos > 0 && listening;
        if (usable) {
            Owned cached = owned.get(organisationId);
            if (cached != null) {
                if (nanoTime.getAsLong() - cached.readAtNanos < ttlNanos) {
                    return cached.enterprises;
                }
                owned.remove(organisationId, cached);
            }
        }
        long seen = generation.get();
        long readAt = nanoTime.getAsLong();
        Set<Long> enterprises = registry.apply(organisationId);
        if (usable) {
            if (owned.size() >= MAX_ENTRIES) {
                owned.clear();
            }
            Owned entry = new Owned(enterprises, readAt);
            owned.put(organisationId, entry);
            if (generation.get() != seen) {
                owned.remove(organisationId, entry);
            }
        }
        return enterprises;
    }

    /**
     * An enterprise registered, edited or removed through this instance: forget at once after its commit, before the
     * call that made the change answers (the trigger of V174 tells the other instances, and this one again).
     */
    @TransactionalEventListener(fallbackExecution = true)
    void on(EntityChanged change) {
        if (ENTERPRISE.equals(change.entityType())) {
            forgetAll();
        }
    }

    /** Forget everything cached: a token, account, role, gate, organisation or enterprise owner changed somewhere. */
    void forgetAll() {
        generation.incrementAndGet();
        entries.clear();
        owned.clear();
    }

    /**
     * Whether this instance hears of changes now. Either way the cache starts again from empty: what it holds may
     * have changed while nobody listened.
     */
    void listening(boolean listening) {
        this.listening = listening;
        forgetAll();
    }

    /** Whether the cache is in use: this instance hears of changes. */
    boolean listening() {
        return listening;
    }

    /** How many times the cache has been emptied by a change (tests wait on it). */
    long generation() {
        return generation.get();
    }

    int size() {
        return entries.size();
    }

    private record Entry(PlatformUsers.TokenUser found, long readAtNanos) {}

    private record Owned(Set<Long> enterprises, long readAtNanos) {}
}
