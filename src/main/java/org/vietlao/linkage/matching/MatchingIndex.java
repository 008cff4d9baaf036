package org.vietlao.linkage.matching;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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

/**
 * The matching index of this instance: every enterprise's offers and needs in memory, the value-chain links
 * and the province-to-province routes. Built once at start-up (or by the first request that needs it) from
 * {@link EnterpriseDirectory#forEachProfile}; kept current by the registry's events, which this instance
 * applies as soon as the change commits and records in {@code matching_index_change} for the other instances,
 * which apply it at their next poll. A full rebuild now and then repairs anything a poll could have missed (an
 * instance stopped between a commit and its record).
 */
@Component
class MatchingIndex {

    private static final Logger log = LoggerFactory.getLogger(MatchingIndex.class);

    /** Change records older than this are deleted: every running instance has polled them long before. */
    static final java.time.Duration CHANGE_RETENTION = java.time.Duration.ofDays(7);

    private final EnterpriseDirectory directory;
    private final ReferenceData reference;
    private final ValueChainLinks links;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate separateTransaction;
    private final String instanceId = UUID.randomUUID().toString();

    private volatile State state;
    private long appliedChange;

    MatchingIndex(
            EnterpriseDirectory directory,
            ReferenceData reference,
            ValueChainLinks links,
            JdbcClient jdbc,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.directory = directory;
        this.reference = reference;
        this.links = links;
        this.jdbc = jdbc;
        this.clock = clock;
        this.separateTransaction = new TransactionTemplate(transactions);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
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
                reference.provincesOn(Party.VIET_NAM, today),
                reference.provincesOn(Party.LAOS, today),
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

    /** Applies the changes other instances recorded since the last poll, and picks up edited links. */
    @Scheduled(
            fixedDelayString = "${linkage.matching.index-poll:30s}",
            initialDelayString = "${linkage.matching.index-poll:30s}")
    synchronized void poll() {
        if (state == null) {
            return;
        }
        applyChangesSince(appliedChange, false);
        reloadLinks();
        jdbc.sql("DELETE FROM matching_index_change WHERE recorded_at < :before")
                .param("before", Timestamp.from(clock.instant().minus(CHANGE_RETENTION)))
                .update();
    }

    @Scheduled(
            fixedDelayString = "${linkage.matching.index-rebuild:24h}",
            initialDelayString = "${linkage.matching.index-rebuild:24h}")
    void periodicRebuild() {
        rebuild();
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

    private void applyChangesSince(long after, boolean includingOwn) {
        List<Long> changed = jdbc.sql("""
				SELECT id, enterprise_id FROM matching_index_change
				WHERE id > :after AND (:all OR instance_id <> :me) ORDER BY id""")
                .param("after", after)
                .param("all", includingOwn)
                .param("me", instanceId)
                .query((rs, n) -> {
                    appliedChange = Math.max(appliedChange, rs.getLong("id"));
                    return rs.getLong("enterprise_id");
                })
                .list();
        changed.stream().distinct().forEach(id -> apply(new EnterpriseId(id)));
    }

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
