package org.vietlao.linkage.matching;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.vietlao.linkage.enterprise.EnterpriseDirectory;
import org.vietlao.linkage.enterprise.EnterpriseId;
import org.vietlao.linkage.enterprise.EnterpriseProfileChanged;
import org.vietlao.linkage.enterprise.EnterpriseRegistered;
import org.vietlao.linkage.enterprise.EnterpriseRemoved;
import org.vietlao.linkage.reference.ReferenceData;
import org.vietlao.linkage.shared.CountryCode;

/**
 * The matching index of this instance: every enterprise's offers and needs in memory, the value-chain links
 * and the province-to-province routes. Built once at start-up (or by the first request that needs it) from
 * {@link EnterpriseDirectory#forEachProfile}; kept current by the registry's events, which this instance
 * applies as soon as the change commits and records in {@code matching_index_change} for the other instances.
 * They hear of it at once through PostgreSQL NOTIFY ({@link MatchingIndexNotifications}) and read the change
 * log from the last record they applied; a poll does the same now and then in case a notification was lost,
 * and a full rebuild now and then repairs anything both could have missed (an instance stopped between a
 * commit and its record). Change records are numbered by a sequence, and a number can become visible after a
 * higher one (two transactions commit in the other order): a number skipped over is remembered and looked for
 * again for a few minutes, so that such a late record is applied too.
 */
@Component
class MatchingIndex {

    private static final Logger log = LoggerFactory.getLogger(MatchingIndex.class);

    /** Change records older than this are deleted: every running instance has polled them long before. */
    static final Duration CHANGE_RETENTION = Duration.ofDays(7);

    /**
     * How long a skipped change number is looked for again. A transaction that took a number and has not
     * committed within this time has rolled back (the number will never appear) or is stuck.
     */
    static final Duration GAP_PATIENCE = Duration.ofMinutes(5);

    /** The name of the change-log pruning job's row in the {@code shedlock} table. */
    static final String PRUNE_LOCK_NAME = "matching.index-change-retention";

    private final EnterpriseDirectory directory;
    private final ReferenceData reference;
    private final ValueChainLinks links;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate separateTransaction;
    private final String instanceId = UUID.randomUUID().toString();

    private volatile State state;
    private volatile long appliedChange;
    /** Change numbers skipped over, with when they were first missed. */
    private final Map<Long, Instant> gaps = new HashMap<>();

    MatchingIndex(
            EnterpriseDirectory directory,
            ReferenceData reference,
            ValueChainLinks links,
            JdbcClient jdbc,
            Clock clock,
            PlatformTransactionManager transactions,
            MeterRegistry meters) {
        this.directory = directory;
        this.reference = reference;
        this.links = links;
        this.jdbc = jdbc;
        this.clock = clock;
        this.separateTransaction = new TransactionTemplate(transactions);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        Gauge.builder("linkage.matching.index.enterprises", this, MatchingIndex::enterprises)
                .description("Enterprises in this instance's matching index")
                .register(meters);
        Gauge.builder("linkage.matching.index.applied.change", this, index -> index.appliedChange)
                .description("The last matching_index_change record this instance has applied")
                .register(meters);
    }

    private double enterprises() {
        State current = state;
        return current == null ? 0 : current.parties().size();
    }

    /** What a search reads: one consistent set of enterprises, links and routes. */
    record State(PartyIndex parties, List<ValueChainLink> links, GateRoutes routes) {

        MatchEngine engine() {
            return new MatchEngine(parties, links, routes);
        }
    }

    State state() {
        State current = state;
        return current != null ? current : firstBuild();
    }

    @EventListener(ApplicationReadyEvent.class)
    void buildAtStartUp() {
        firstBuild();
    }

    private synchronized State firstBuild() {
        return state != null ? state : rebuild();
    }

    /**
     * Reads the whole registry again and swaps the new index in, then applies every change recorded since it
     * started reading (by any instance, this one included), which the read may have missed.
     */
    synchronized State rebuild() {
        long started = System.nanoTime();
        long watermark = latestChange();
        List<Party> parties = new ArrayList<>();
        directory.forEachProfile(profile -> parties.add(Party.of(profile)));
        LocalDate today = reference.today();
        GateRoutes routes = GateRoutes.of(
                reference.provincesOn(CountryCode.VIET_NAM, today),
                reference.provincesOn(CountryCode.LAOS, today),
                reference.borderGates());
        State built = new State(PartyIndex.of(parties), links.all(), routes);
        state = built;
        appliedChange = Math.max(appliedChange, watermark);
        applyChangesSince(watermark, true);
        log.info(
                "Matching index: {} enterprises, {} value-chain links, {} province routes in {} ms",
                parties.size(),
                built.links().size(),
                routes.size(),
                (System.nanoTime() - started) / 1_000_000);
        return built;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(EnterpriseRegistered event) {
        changed(event.id());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(EnterpriseProfileChanged event) {
        changed(event.id());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(EnterpriseRemoved event) {
        changed(event.id());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ValueChainLinks.Changed event) {
        reloadLinks();
    }

    /**
     * The fallback for a lost notification: applies the changes other instances recorded since the last one
     * applied, and reloads the value-chain links.
     */
    @Scheduled(
            fixedDelayString = "${linkage.matching.index-poll:30s}",
            initialDelayString = "${linkage.matching.index-poll:30s}")
    void poll() {
        catchUp(true);
    }

    /**
     * Applies the enterprise changes other instances recorded since the last one this instance applied, and
     * reloads the value-chain links when {@code links} says they changed.
     */
    synchronized void catchUp(boolean links) {
        if (state == null) {
            return;
        }
        applyChangesSince(appliedChange, false);
        if (links) {
            reloadLinks();
        }
    }

    /**
     * Rebuilds this instance's index. Every instance runs it (the index is this instance's memory), so it
     * takes no cluster-wide lock.
     */
    @Scheduled(
            fixedDelayString = "${linkage.matching.index-rebuild:24h}",
            initialDelayString = "${linkage.matching.index-rebuild:24h}")
    void periodicRebuild() {
        rebuild();
    }

    /** Deletes change records every instance has long applied; one instance does it per round. */
    @Scheduled(fixedDelayString = "PT6H", initialDelayString = "PT10M")
    @SchedulerLock(name = PRUNE_LOCK_NAME, lockAtLeastFor = "PT6H", lockAtMostFor = "PT6H")
    void pruneChangeLog() {
        forgetChangesBefore(clock.instant().minus(CHANGE_RETENTION));
    }

    int forgetChangesBefore(Instant before) {
        return jdbc.sql("DELETE FROM matching_index_change WHERE recorded_at < :before")
                .param("before", Timestamp.from(before))
                .update();
    }

    private void changed(EnterpriseId id) {
        apply(id);
        separateTransaction.executeWithoutResult(status -> jdbc.sql("""
				INSERT INTO matching_index_change (enterprise_id, instance_id, recorded_at) VALUES (:id, :me, :at)""")
                .param("id", id.value())
                .param("me", instanceId)
                .param("at", Timestamp.from(clock.instant()))
                .update());
    }

    private record ChangeRecord(long id, long enterpriseId, String instanceId) {}

    private synchronized void applyChangesSince(long after, boolean includingOwn) {
        Instant now = clock.instant();
        String sql = "SELECT id, enterprise_id, instance_id FROM matching_index_change WHERE id > :after"
                + (gaps.isEmpty() ? "" : " OR id IN (:gaps)")
                + " ORDER BY id";
        var query = jdbc.sql(sql).param("after", after);
        if (!gaps.isEmpty()) {
            query = query.param("gaps", List.copyOf(gaps.keySet()));
        }
        List<ChangeRecord> records = query.query((rs, n) ->
                        new ChangeRecord(rs.getLong("id"), rs.getLong("enterprise_id"), rs.getString("instance_id")))
                .list();
        Set<Long> changed = new LinkedHashSet<>();
        long expected = after + 1;
        for (ChangeRecord record : records) {
            if (record.id() > after) {
                if (record.id() - expected <= MAX_GAP) {
                    for (long skipped = expected; skipped < record.id(); skipped++) {
                        gaps.putIfAbsent(skipped, now);
                    }
                }
                expected = record.id() + 1;
                appliedChange = Math.max(appliedChange, record.id());
            } else {
                gaps.remove(record.id());
            }
            if (includingOwn || !record.instanceId().equals(instanceId)) {
                changed.add(record.enterpriseId());
            }
        }
        gaps.values().removeIf(firstMissed -> firstMissed.isBefore(now.minus(GAP_PATIENCE)));
        changed.forEach(id -> apply(new EnterpriseId(id)));
    }

    /** A larger jump in the change numbers is not remembered number by number (a sequence reset, a restore). */
    private static final int MAX_GAP = 1_000;

    private synchronized void apply(EnterpriseId id) {
        State current = state;
        if (current == null) {
            return;
        }
        directory
                .find(id)
                .ifPresentOrElse(
                        profile -> current.parties().put(Party.of(profile)),
                        () -> current.parties().remove(id.value()));
    }

    private synchronized void reloadLinks() {
        State current = state;
        if (current != null) {
            state = new State(current.parties(), links.all(), current.routes());
        }
    }

    private long latestChange() {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM matching_index_change")
                .query(Long.class)
                .single();
    }
}
