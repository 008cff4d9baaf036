package org.vietlao.linkage.trade;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * How far each running import has got (decision 0099), under its user and its Idempotency-Key (the page's form
 * key): the phase, the bytes of the file read so far out of its size, and the rows read. The import page polls it
 * while the file is checked; {@code GET /api/v1/trade/imports/progress} answers it to API clients. Kept in memory
 * on the instance that runs the import, for {@link #KEPT} after it ends, so the last poll sees the end.
 */
@Component
class ImportProgress {

    static final Duration KEPT = Duration.ofMinutes(10);

    enum Phase {
        /** The upload is copied to the import's own temporary file and hashed. */
        RECEIVING,
        /** Rows are read and checked. */
        READING,
        /** Every row was good: the tables are written. */
        WRITING,
        DONE,
        REFUSED
    }

    /** What a poll answers; {@code percent} is of the file's bytes in the current phase (100 when written). */
    record View(Phase phase, long bytesRead, long bytesTotal, long rows, int percent) {}

    /** One import's counters, updated by the threads that read the file. */
    static final class Tracker {

        private volatile Phase phase = Phase.RECEIVING;
        private final long total;
        private final AtomicLong bytes = new AtomicLong();
        private final AtomicLong rows = new AtomicLong();
        private volatile Instant ended;

        Tracker(long total) {
            this.total = total;
        }

        /** Starts a phase: its bytes count from zero. */
        void phase(Phase next) {
            bytes.set(0);
            phase = next;
        }

        void bytes(long delta) {
            bytes.addAndGet(delta);
        }

        void rows(long delta) {
            rows.addAndGet(delta);
        }

        View view() {
            Phase now = phase;
            long done = Math.min(bytes.get(), total);
            int percent = now == Phase.DONE || now == Phase.WRITING
                    ? 100
                    : total <= 0 ? 0 : (int) Math.min(100, done * 100 / total);
            return new View(now, done, total, rows.get(), percent);
        }
    }

    private final Map<String, Tracker> imports = new ConcurrentHashMap<>();
    private final Clock clock;

    ImportProgress(Clock clock) {
        this.clock = clock;
    }

    /** A tracker for an import of {@code total} bytes; kept for polls only when it has a key. */
    Tracker start(String username, String key, long total) {
        Instant now = clock.instant();
        imports.values().removeIf(t -> t.ended != null && t.ended.plus(KEPT).isBefore(now));
        Tracker tracker = new Tracker(total);
        if (key != null && !key.isBlank()) {
            imports.put(username + "\n" + key.strip(), tracker);
        }
        return tracker;
    }

    void end(Tracker tracker, boolean imported) {
        tracker.phase = imported ? Phase.DONE : Phase.REFUSED;
        tracker.ended = clock.instant();
    }

    Optional<View> of(String username, String key) {
        if (key == null) {
            return Optional.empty();
        }
        Tracker tracker = imports.get(username + "\n" + key.strip());
        return tracker == null ? Optional.empty() : Optional.of(tracker.view());
    }
}
