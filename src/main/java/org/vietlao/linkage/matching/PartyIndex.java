package org.vietlao.linkage.matching;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Every enterprise's offers and needs, by country and by HS chapter, heading and subheading, so that the
 * partners of an enterprise are found by a few map look-ups instead of a scan.
 *
 * <p>Each enterprise has a slot: a small dense number (kept when it changes) that indexes the columns below. A
 * bucket holds no object per enterprise, only slot numbers in an {@code int[]}, sorted by the enterprise's
 * province and then by id and cut into one block per province (decision 0094): the engine knows the road score
 * of a whole block before it reads it, so it reads the blocks that can still enter the top k first and skips the
 * rest without touching their entries (block-max, as in Lucene's block-max WAND). A bucket is replaced, never
 * changed in place, when an enterprise changes: readers need no lock and always see a whole bucket. Writers take
 * the index's lock.
 */
final class PartyIndex {

    /** The prefix lengths buckets are kept for: chapter, heading, subheading. */
    static final int[] LEVELS = {2, 4, 6};

    private static final Entry[] NO_ENTRIES = new Entry[0];

    /** Enterprise id to slot. */
    private final Map<Long, Integer> slotById = new ConcurrentHashMap<>();

    private final Map<String, Bucket> offering = new ConcurrentHashMap<>();
    private final Map<String, Bucket> needing = new ConcurrentHashMap<>();

    /** The enterprise in each slot ({@code null} for a free one); grown, never shrunk, under the lock. */
    private volatile Party[] parties = new Party[16];

    /** The province slot ({@link Party#provinceSlot}) of each slot's enterprise, which orders the buckets. */
    private volatile int[] provinces = new int[16];

    /**
     * {@value #WORDS} words per slot summing up the codes its enterprise offers (words 0 and 1) and needs (2 and
     * 3): a chapter word, chapter {@code c} as bit {@code c & 63} (65–97 share bits with 1–33), and a word with a
     * bit per heading (a hash of the four digits, high half) and per subheading (low half). A shared bit only
     * loosens the bounds drawn from the words. The engine bounds a partner's score from them without reading its
     * profile (decision 0105).
     */
    private volatile long[] codeWords = new long[WORDS * 16];

    /** Words per slot in {@link #codeWords}. */
    static final int WORDS = 4;

    /** Written only under the index's lock, read by searches without it. */
    private volatile int nextSlot;

    /** Slots freed by removed enterprises, reused by the next new one. */
    private int[] free = new int[0];

    private int freeCount;

    /** An enterprise in the index with its slot, as {@link #offering} and {@link #needing} list them. */
    record Entry(Party party, int slot) {}

    /**
     * The enterprises of one bucket: their slots sorted by province slot and id, and the blocks of equal
     * province slot, block {@code b} being {@code slots[starts[b]] .. slots[starts[b + 1] - 1]} in province
     * {@code blockProvinces[b]}.
     */
    record Bucket(int[] slots, int[] starts, int[] blockProvinces, long[] blockWords) {

        static final Bucket EMPTY = new Bucket(new int[0], new int[] {0}, new int[0], new long[0]);

        int blocks() {
            return blockProvinces.length;
        }

        int size() {
            return slots.length;
        }

        /** Word {@code w} of block {@code b}'s summary: the union of its enterprises' {@link #codeWords}. */
        long word(int b, int w) {
            return blockWords[WORDS * b + w];
        }

        /**
         * The bucket of {@code slots}, already in order, with its blocks found from {@code provinces} and each
         * block's summary (the union of its enterprises' words in {@code codeWords}).
         */
        static Bucket of(int[] slots, int[] provinces, long[] codeWords) {
            int blocks = 0;
            for (int i = 0; i < slots.length; i++) {
                if (i == 0 || provinces[slots[i]] != provinces[slots[i - 1]]) {
                    blocks++;
                }
            }
            int[] starts = new int[blocks + 1];
            int[] blockProvinces = new int[blocks];
            int b = -1;
            for (int i = 0; i < slots.length; i++) {
                if (i == 0 || provinces[slots[i]] != provinces[slots[i - 1]]) {
                    b++;
                    starts[b] = i;
                    blockProvinces[b] = provinces[slots[i]];
                }
            }
            starts[blocks] = slots.length;
            long[] blockWords = new long[WORDS * blocks];
            for (b = 0; b < blocks; b++) {
                for (int i = starts[b]; i < starts[b + 1]; i++) {
                    for (int w = 0; w < WORDS; w++) {
                        blockWords[WORDS * b + w] |= codeWords[WORDS * slots[i] + w];
                    }
                }
            }
            return new Bucket(slots, starts, blockProvinces, blockWords);
        }
    }

    /** An index of {@code parties}, which may come in any order. */
    static PartyIndex of(Collection<Party> parties) {
        PartyIndex index = new PartyIndex();
        Party[] sorted =
                parties.stream().sorted(Comparator.comparingLong(Party::id)).toArray(Party[]::new);
        int count = sorted.length;
        Party[] bySlot = new Party[Math.max(16, count)];
        int[] provinceBySlot = new int[bySlot.length];
        long[] wordsBySlot = new long[WORDS * bySlot.length];
        Map<String, IntList> offers = new HashMap<>();
        Map<String, IntList> needs = new HashMap<>();
        for (int slot = 0; slot < count; slot++) {
            Party party = sorted[slot];
            bySlot[slot] = party;
            provinceBySlot[slot] = party.provinceSlot;
            writeWords(wordsBySlot, slot, party);
            index.slotById.put(party.id(), slot);
            for (String key : offerKeys(party)) {
                offers.computeIfAbsent(key, k -> new IntList()).add(slot);
            }
            for (String key : needKeys(party)) {
                needs.computeIfAbsent(key, k -> new IntList()).add(slot);
            }
        }
        index.parties = bySlot;
        index.provinces = provinceBySlot;
        index.codeWords = wordsBySlot;
        index.nextSlot = count;
        // Slots follow ids, so sorting by province (stable) leaves each block in id order.
        offers.forEach((key, slots) -> index.offering.put(key, index.bucketOf(slots.toSortedArray(provinceBySlot))));
        needs.forEach((key, slots) -> index.needing.put(key, index.bucketOf(slots.toSortedArray(provinceBySlot))));
        return index;
    }

    private Bucket bucketOf(int[] slots) {
        return Bucket.of(slots, provinces, codeWords);
    }

    private static void writeWords(long[] words, int slot, Party party) {
        for (int code : party.offerCodes) {
            words[WORDS * slot] |= chapterBit(code / 10_000);
            words[WORDS * slot + 1] |= headingBit(code / 100) | subheadingBit(code);
        }
        for (int code : party.needCodes) {
            words[WORDS * slot + 2] |= chapterBit(code / 10_000);
            words[WORDS * slot + 3] |= headingBit(code / 100) | subheadingBit(code);
        }
    }

    /** The bit of HS chapter {@code chapter} (two digits) in a chapter word. */
    static long chapterBit(int chapter) {
        return 1L << (chapter & 63);
    }

    /** The bit of HS heading {@code heading} (four digits as a number) in a heading and subheading word. */
    static long headingBit(int heading) {
        return 1L << (32 + ((heading * 0x9E3779B9) >>> 27));
    }

    /** The bit of HS subheading {@code six} (six digits as a number) in a heading and subheading word. */
    static long subheadingBit(int six) {
        return 1L << ((six * 0x85EBCA6B) >>> 27);
    }

    /**
     * The code words by slot (see {@link #codeWords}), {@value #WORDS} per slot. A slot beyond the array (given
     * out after it was read) is to be taken as every bit.
     */
    long[] codeWords() {
        return codeWords;
    }

    Party find(long id) {
        Integer slot = slotById.get(id);
        return slot == null ? null : parties[slot];
    }

    int size() {
        return slotById.size();
    }

    /** Every enterprise in the index, in no particular order. */
    List<Party> all() {
        Party[] current = parties;
        return slotById.values().stream()
                .map(slot -> current[slot])
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    /** One more than the highest slot in use: the size of an array indexed by slot. */
    int slotCount() {
        return nextSlot;
    }

    /**
     * The enterprise in {@code slot} of a bucket this index returned; {@code null} when it was removed since the
     * bucket was read.
     */
    Party party(int slot) {
        return parties[slot];
    }

    /**
     * The enterprises of {@code country} offering something under {@code prefix} (2, 4 or 6 digits; a longer
     * prefix gives those under its first six digits, which the caller filters), in id order.
     */
    Entry[] offering(String country, String prefix) {
        return entries(offeringBucket(country, prefix));
    }

    /** The enterprises of {@code country} needing something under {@code prefix}, as for {@link #offering}. */
    Entry[] needing(String country, String prefix) {
        return entries(needingBucket(country, prefix));
    }

    /** The bucket behind {@link #offering}, in province blocks. */
    Bucket offeringBucket(String country, String prefix) {
        return offering.getOrDefault(key(country, prefix), Bucket.EMPTY);
    }

    /** The bucket behind {@link #needing}, in province blocks. */
    Bucket needingBucket(String country, String prefix) {
        return needing.getOrDefault(key(country, prefix), Bucket.EMPTY);
    }

    private Entry[] entries(Bucket bucket) {
        if (bucket.size() == 0) {
            return NO_ENTRIES;
        }
        Party[] current = parties;
        Entry[] entries = new Entry[bucket.size()];
        int kept = 0;
        for (int slot : bucket.slots()) {
            if (current[slot] != null) {
                entries[kept++] = new Entry(current[slot], slot);
            }
        }
        entries = Arrays.copyOf(entries, kept);
        Arrays.sort(entries, Comparator.comparingLong(entry -> entry.party().id()));
        return entries;
    }

    /** Adds the enterprise or replaces what the index held for it. */
    synchronized void put(Party party) {
        Integer previous = slotById.get(party.id());
        int slot;
        if (previous != null) {
            slot = previous;
            unlink(parties[slot], slot);
        } else {
            slot = freeCount > 0 ? free[--freeCount] : nextSlot;
            ensureCapacity(slot + 1);
        }
        parties[slot] = party;
        provinces[slot] = party.provinceSlot;
        long[] words = codeWords;
        Arrays.fill(words, WORDS * slot, WORDS * slot + WORDS, 0L);
        writeWords(words, slot, party);
        if (slot >= nextSlot) {
            nextSlot = slot + 1;
        }
        slotById.put(party.id(), slot);
        for (String key : offerKeys(party)) {
            offering.compute(key, (k, bucket) -> with(bucket, slot));
        }
        for (String key : needKeys(party)) {
            needing.compute(key, (k, bucket) -> with(bucket, slot));
        }
    }

    synchronized void remove(long id) {
        Integer slot = slotById.remove(id);
        if (slot != null) {
            unlink(parties[slot], slot);
            parties[slot] = null;
            if (freeCount == free.length) {
                free = Arrays.copyOf(free, Math.max(8, free.length * 2));
            }
            free[freeCount++] = slot;
        }
    }

    private void ensureCapacity(int slots) {
        if (slots > parties.length) {
            int length = Math.max(slots, parties.length * 2);
            provinces = Arrays.copyOf(provinces, length);
            codeWords = Arrays.copyOf(codeWords, WORDS * length);
            parties = Arrays.copyOf(parties, length);
        }
    }

    private void unlink(Party party, int slot) {
        for (String key : offerKeys(party)) {
            offering.computeIfPresent(key, (k, bucket) -> without(bucket, slot));
        }
        for (String key : needKeys(party)) {
            needing.computeIfPresent(key, (k, bucket) -> without(bucket, slot));
        }
    }

    private Bucket with(Bucket bucket, int slot) {
        int[] current = bucket == null ? new int[0] : bucket.slots();
        int at = position(current, slot);
        int[] copy = new int[current.length + 1];
        System.arraycopy(current, 0, copy, 0, at);
        copy[at] = slot;
        System.arraycopy(current, at, copy, at + 1, current.length - at);
        return bucketOf(copy);
    }

    private Bucket without(Bucket bucket, int slot) {
        int[] current = bucket.slots();
        int kept = 0;
        int[] copy = new int[current.length];
        for (int s : current) {
            if (s != slot) {
                copy[kept++] = s;
            }
        }
        return kept == 0 ? null : bucketOf(Arrays.copyOf(copy, kept));
    }

    /** Where {@code slot} goes in {@code slots}, ordered by province slot and then enterprise id. */
    private int position(int[] slots, int slot) {
        int province = provinces[slot];
        long id = parties[slot].id();
        int low = 0;
        int high = slots.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            int other = slots[middle];
            int otherProvince = provinces[other];
            if (otherProvince < province || (otherProvince == province && parties[other].id() < id)) {
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

    /** A growable list of ints, for building the buckets. */
    private static final class IntList {

        private int[] values = new int[4];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        /** The values (slots in id order) sorted stably by their province slot. */
        int[] toSortedArray(int[] provinceBySlot) {
            int[] slots = Arrays.copyOf(values, size);
            boolean ordered = true;
            for (int i = 1; i < size && ordered; i++) {
                ordered = provinceBySlot[slots[i - 1]] <= provinceBySlot[slots[i]];
            }
            if (ordered) {
                return slots;
            }
            long[] keyed = new long[size];
            for (int i = 0; i < size; i++) {
                keyed[i] = ((long) provinceBySlot[slots[i]] << 32) | slots[i];
            }
            Arrays.sort(keyed);
            for (int i = 0; i < size; i++) {
                slots[i] = (int) keyed[i];
            }
            return slots;
        }
    }
}
