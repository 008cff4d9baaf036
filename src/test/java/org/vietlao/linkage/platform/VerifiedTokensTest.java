package org.vietlao.linkage.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vietlao.linkage.shared.EntityChanged;
import org.vietlao.linkage.shared.Role;

/** The verified-token cache on its own: what it serves, for how long, and what makes it read again (decision 0102). */
class VerifiedTokensTest {

    private static final Instant START = Instant.parse("2026-12-07T22:00:00Z");

    private final MutableClock clock = new MutableClock();
    private final AtomicLong nanos = new AtomicLong();
    private final AtomicInteger reads = new AtomicInteger();
    private Optional<PlatformUsers.TokenUser> stored;
    private Function<String, Optional<PlatformUsers.TokenUser>> lookup;
    private VerifiedTokens tokens;

    @BeforeEach
    void setUp() {
        stored = Optional.of(tokenUser(true, START.plus(Duration.ofHours(8))));
        lookup = hash -> {
            reads.incrementAndGet();
            // As the database does: an expired token is not found.
            return stored.filter(found -> found.expiresAt().isAfter(clock.instant()));
        };
        tokens = new VerifiedTokens(hash -> lookup.apply(hash), clock, Duration.ofSeconds(2), nanos::get);
        tokens.listening(true);
    }

    @Test
    void servesAVerifiedTokenWithoutReadingAgainWithinItsLifetime() {
        assertThat(tokens.verify("h")).isPresent();
        nanos.addAndGet(Duration.ofMillis(1_999).toNanos());
        assertThat(tokens.verify("h")).isPresent();
        assertThat(reads).hasValue(1);

        nanos.addAndGet(Duration.ofMillis(1).toNanos());
        assertThat(tokens.verify("h")).isPresent();
        assertThat(reads).as("read again after 2 s").hasValue(2);
    }

    @Test
    void refusesACachedTokenOnceItsOwnExpiryHasPassed() {
        stored = Optional.of(tokenUser(true, START.plusSeconds(1)));
        assertThat(tokens.verify("h")).isPresent();

        clock.now = START.plusSeconds(1);
        assertThat(tokens.verify("h")).isEmpty();
        assertThat(reads).as("the cached expiry sent it back to the database").hasValue(2);
    }

    @Test
    void readsAgainAfterAChangeWasHeard() {
        assertThat(tokens.verify("h")).isPresent();
        stored = Optional.empty(); // revoked
        tokens.forgetAll();

        assertThat(tokens.verify("h")).isEmpty();
        assertThat(reads).hasValue(2);
    }

    @Test
    void neverCachesADisabledAccountOrAnUnknownToken() {
        stored = Optional.of(tokenUser(false, START.plus(Duration.ofHours(8))));
        assertThat(tokens.verify("h")).isEmpty();
        stored = Optional.empty();
        assertThat(tokens.verify("other")).isEmpty();
        assertThat(tokens.verify("other")).isEmpty();

        assertThat(reads).hasValue(3);
        assertThat(tokens.size()).isZero();
    }

    @Test
    void readsEveryTimeWhileNotListening() {
        tokens.listening(false);
        tokens.verify("h");
        tokens.verify("h");
        assertThat(reads).hasValue(2);
        assertThat(tokens.size()).isZero();
    }

    @Test
    void doesNotKeepWhatWasReadWhileAChangeWasHeard() {
        lookup = hash -> {
            reads.incrementAndGet();
            Optional<PlatformUsers.TokenUser> before = stored;
            tokens.forgetAll(); // the revocation commits and is heard while this read is under way
            return before;
        };
        assertThat(tokens.verify("h")).as("answered from its own read").isPresent();
        assertThat(tokens.size()).isZero();
    }

    @Test
    void aZeroLifetimeTurnsTheCacheOff() {
        VerifiedTokens off = new VerifiedTokens(hash -> lookup.apply(hash), clock, Duration.ZERO, nanos::get);
        off.listening(true);
        off.verify("h");
        off.verify("h");
        assertThat(reads).hasValue(2);
    }

    @Test
    void remembersTheEnterprisesAnOrganisationOwnsUnderTheSameRules() {
        AtomicInteger registryReads = new AtomicInteger();
        java.util.function.LongFunction<Set<Long>> registry = org -> {
            registryReads.incrementAndGet();
            return Set.of(org * 10);
        };
        assertThat(tokens.enterprisesOwnedBy(4, registry)).containsExactly(40L);
        assertThat(tokens.enterprisesOwnedBy(4, registry)).containsExactly(40L);
        assertThat(registryReads).as("reused within 2 s").hasValue(1);

        tokens.on(EntityChanged.updated("enterprise", 9, "ownerOrganisationId", 3, 4));
        tokens.enterprisesOwnedBy(4, registry);
        assertThat(registryReads).as("an enterprise changed: read again").hasValue(2);

        tokens.on(EntityChanged.updated("declaration", 9, "status", "STORED", "REGISTERED"));
        tokens.enterprisesOwnedBy(4, registry);
        assertThat(registryReads).as("other changes keep it").hasValue(2);

        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        tokens.enterprisesOwnedBy(4, registry);
        assertThat(registryReads).as("read again after 2 s").hasValue(3);

        tokens.listening(false);
        tokens.enterprisesOwnedBy(4, registry);
        tokens.enterprisesOwnedBy(4, registry);
        assertThat(registryReads).as("not used while not listening").hasValue(5);
    }

    private static PlatformUsers.TokenUser tokenUser(boolean enabled, Instant expiresAt) {
        return new PlatformUsers.TokenUser(
                7, expiresAt, new PlatformUser(1, "u", "x", "U", null, null, enabled, Set.of(Role.ANALYST), Set.of()));
    }

    private static final class MutableClock extends Clock {
        Instant now = START;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
