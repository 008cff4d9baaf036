package org.vietlao.linkage.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The index as it was before decision 0094 (commit ed17b9f), kept in the tests only: the block search is
 * compared with {@link LegacyMatchEngine} on it, and its footprint with the new one's.
 *
 * <p>Every enterprise's offers and needs, by country and by HS chapter, heading and subheading, so that the
 * partners of an enterprise are found by a few map look-ups instead of a scan. Each bucket is an array sorted by
 * enterprise id and replaced, never changed in place, when an enterprise changes: readers need no lock and
 * always see a whole bucket. Writers take the index's lock.
 */
final class LegacyPartyIndex {

    /** The prefix lengths buckets are kept for: chapter, heading, subheading. */
    static final int[] LEVELS = {2, 4, 6};

    private static final Entry[] NONE = new Entry[0];

    private final Map<Long, Entry> byId = new ConcurrentHashMap<>();
    private final Map<String, Entry[]> offering = new ConcurrentHashMap<>();
    private final Map<String, Entry[]> needing = new ConcurrentHashMap<>();
    /** Written only under the index's lock, read by searches without it. */
    private volatile int nextSlot;

    /**
     * An enterprise in the index with its slot: a small dense number (reused when it changes) that lets a search
     * mark the enterprises it has already scored in a plain array.
     */
    record Entry(Party party, int slot) {}

    /** An index of {@code parties}, which may come in any order. */
    static LegacyPartyIndex of(Collection<Party> parties) {
        LegacyPartyIndex index = new LegacyPartyIndex();
        Map<String, List<Entry>> offers = new HashMap<>();
        Map<String, List<Entry>> needs = new HashMap<>();
        parties.stream().sorted((a, b) -> Long.compare(a.id(), b.id())).forEach(party -> {
            Entry entry = new Entry(party, index.nextSlot);
            index.nextSlot = index.nextSlot + 1;
            index.byId.put(party.id(), entry);
            offerKeys(party)
                    .forEach(key ->
                            offers.computeIfAbsent(key, k -> new ArrayList<>()).add(entry));
            needKeys(party)
                    .forEach(key ->
                            needs.computeIfAbsent(key, k -> new ArrayList<>()).add(entry));
        });
        offers.forEach((key, entries) -> index.offering.put(key, entries.toArray(NONE)));
        needs.forEach((key, entries) -> index.needing.put(key, entries.toArray(NONE)));
        return index;
    }

    Party find(long id) {
        Entry entry = byId.get(id);
        return entry == null ? null : entry.party();
    }

    int size() {
        return byId.size();
    }

    /** Every enterprise in the index, in no particular order. */
    List<Party> all() {
        return byId.values().stream().map(Entry::party).toList();
    }

    /** One more than the highest slot in use: the size of an array indexed by slot. */
    int slotCount() {
        return nextSlot;
    }

    /**
     * The enterprises of {@code country} offering something under {@code prefix} (2, 4 or 6 digits; a longer
     * prefix gives those under its first six digits, which the caller filters), in id order.
     */
    Entry[] offering(String country, String prefix) {
        return offering.getOrDefault(key(country, prefix), NONE);
    }

    /** The enterprises of {@code country} needing something under {@code prefix}, as for {@link #offering}. */
    Entry[] needing(String country, String prefix) {
        return needing.getOrDefault(key(country, prefix), NONE);
    }

    /** Adds the enterprise or replaces what the index held for it. */
    synchronized void put(Party party) {
        Entry previous = byId.get(party.id());
        int slot = previous != null ? previous.slot() : nextSlot;
        Entry entry = new Entry(party, slot);
        if (previous == null) {
            nextSlot = slot + 1;
        }
        if (previous != null) {
            unlink(previous);
        }
        byId.put(party.id(), entry);
        offerKeys(party).forEach(key -> offering.compute(key, (k, bucket) -> with(bucket, entry)));
        needKeys(party).forEach(key -> needing.compute(key, (k, bucket) -> with(bucket, entry)));
    }

    synchronized void remove(long id) {
        Entry previous = byId.remove(id);
        if (previous != null) {
            unlink(previous);
        }
    }

    private void unlink(Entry entry) {
        offerKeys(entry.party()).forEach(key -> offering.computeIfPresent(key, (k, bucket) -> without(bucket, entry)));
        needKeys(entry.party()).forEach(key -> needing.computeIfPresent(key, (k, bucket) -> without(bucket, entry)));
    }

    private static Entry[] with(Entry[] bucket, Entry entry) {
        Entry[] current = bucket == null ? NONE : bucket;
        int at = position(current, entry.party().id());
        Entry[] copy = new Entry[current.length + 1];
        System.arraycopy(current, 0, copy, 0, at);
        copy[at] = entry;
        System.arraycopy(current, at, copy, at + 1, current.length - at);
        return copy;
    }

    private static Entry[] without(Entry[] bucket, Entry entry) {
        Entry[] kept = Arrays.stream(bucket)
                .filter(e -> e.party().id() != entry.party().id())
                .toArray(Entry[]::new);
        return kept.length == 0 ? null : kept;
    }

    private static int position(Entry[] bucket, long id) {
        int low = 0;
        int high = bucket.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (bucket[middle].party().id() < id) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private static Set<String> offerKeys(Party party) {
        return keys(party.country(), party.offers(), Party.Offer::hs);
    }

    private static Set<String> needKeys(Party party) {
        return keys(party.country(), party.needs(), Party.Need::hs);
    }

    private static <T> Set<String> keys(String country, List<T> items, Function<T, HsLine> hs) {
        Set<String> keys = new TreeSet<>();
        for (T item : items) {
            String code = hs.apply(item).code();
            for (int level : LEVELS) {
                keys.add(key(country, code.substring(0, level)));
            }
        }
        return keys;
    }

    private static String key(String country, String prefix) {
        String cut = prefix.length() > 6 ? prefix.substring(0, 6) : prefix;
        return country + cut;
    }
}
