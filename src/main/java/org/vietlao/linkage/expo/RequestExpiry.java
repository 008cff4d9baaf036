package org.vietlao.linkage.expo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.vietlao.linkage.shared.EntityChanged;

/**
 * Unanswered requests expire when the event's requests close (the first slot's start minus its closing hours).
 * Checked whenever an event's requests are read, sent, answered or scheduled, in a transaction of its own so that
 * the expiry stays even when the request that noticed it is refused.
 */
@Component
class RequestExpiry {

    /** Slot times are local to the venue; Viet Nam and Laos share UTC+7. */
    static final ZoneId VENUE_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RequestExpiry(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    static Instant closesAt(Events.Event event) {
        if (event.slots().isEmpty()) {
            return null;
        }
        Events.Slot first = event.slots().get(0);
        return LocalDateTime.of(first.day(), first.startsAt())
                .atZone(VENUE_ZONE)
                .toInstant()
                .minusSeconds(3600L * event.requestsCloseHours());
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void expireDue(Events.Event event) {
        Instant closes = closesAt(event);
        if (closes == null || clock.instant().isBefore(closes)) {
            return;
        }
        List<Long> due = jdbc.sql("""
				UPDATE expo_meeting SET status = 'EXPIRED' WHERE event_id = :e AND status = 'REQUESTED' RETURNING id""").param("e", event.id()).query(Long.class).list();
        for (long id : due) {
            events.publishEvent(EntityChanged.updated(Meetings.ENTITY, id, "status", "REQUESTED", "EXPIRED"));
        }
    }
}
