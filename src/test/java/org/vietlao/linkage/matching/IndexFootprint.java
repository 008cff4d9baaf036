package org.vietlao.linkage.matching;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.vietlao.linkage.reference.Province;

/**
 * Not a test (the test command never runs it): measures, in one JVM, the heap the matching index takes beyond
 * its enterprises, for the index before decision 0094 ({@link LegacyPartyIndex}) and today's ({@link PartyIndex}),
 * and times both engines on the same enterprises, checking that they give the same top ten. Run it after
 * {@code ./mvnw test-compile} with
 *
 * <pre>
 * java -XX:+UseSerialGC -Xmx6g -cp target/classes:target/test-classes org.vietlao.linkage.matching.IndexFootprint 100000
 * java -XX:+UseSerialGC -Xmx3g -cp target/classes:target/test-classes org.vietlao.linkage.matching.IndexFootprint 1000000 3000 new-only
 * </pre>
 *
 * Enterprises are drawn as bench/GenerateEnterprises draws them (its sectors' HS codes, five offers and needs per
 * enterprise on average, log-normal quantities), in synthetic provinces: 34 Vietnamese and 17 Lao.
 */
final class IndexFootprint {

    private static final String[][][] SECTORS = {
        {{"071410"}, {"310520", "310420", "310210", "843290"}},
        {{"110814", "110819"}, {"071410", "481910", "310520"}},
        {{"350510", "190300"}, {"110814", "481910"}},
        {{"100590"}, {"310520", "100510", "843290"}},
        {{"230990"}, {"100590", "230400", "120190"}},
        {{"400122", "400110"}, {"310520", "380893"}},
        {{"401110", "401120", "401140"}, {"400122", "400110", "280300"}},
        {{"270112", "270119"}, {"843041", "271019"}},
        {{"271600"}, {"270112", "270119"}},
        {{"850231", "850423", "841011", "850440"}, {"720839", "740311"}},
        {{"440349", "440399"}, {"843680", "271019"}},
        {{"440729", "440799"}, {"440349", "440399"}},
        {{"940360", "940161", "940350"}, {"440729", "440799", "441233"}},
        {{"310420"}, {"281512", "271019"}},
        {{"310520", "310540"}, {"310420", "251010", "310210"}},
        {{"090111"}, {"310520", "843880"}},
        {{"210111", "090121"}, {"090111", "481910"}},
        {{"121293"}, {"310520", "843290"}},
        {{"854430", "854449"}, {"740811", "390410"}},
        {{"854231", "854239", "854140", "854110"}, {"381800", "740811"}},
        {{"847130", "851762", "851713"}, {"854231", "854239", "854430", "854140"}},
        {{"100610"}, {"310520", "100610"}},
        {{"100630"}, {"100610"}},
        {{"620520", "611020"}, {"520812", "520512"}}
    };
    private static final String[] UNITS = {"t", "t", "t", "kg", "pcs", "MWh", "m3"};
    private static final String[] CERTIFICATIONS = {"ISO9001", "HACCP", "GLOBALGAP", "VIETGAP", "LAOGAP", "FSC"};

    private IndexFootprint() {}

    public static void main(String[] args) {
        int enterprises = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 3_000;
        // "new-only": today's index and engine only (the old engine would take minutes per round at 1,000,000).
        boolean newOnly = args.length > 2 && args[2].equals("new-only");
        Random random = new Random(20261207);
        List<Province> vietnamese = provinces("VN", 34, 16, 22, 103.5, 108, random);
        List<Province> lao = provinces("LA", 17, 14, 22, 100.5, 107, random);
        GateRoutes routes = GateRoutes.of(vietnamese, lao, List.of(Parties.CAU_TREO, Parties.LAO_BAO));

        long base = used();
        List<Party> parties = new ArrayList<>(enterprises);
        long items = 0;
        for (long id = 1; id <= enterprises; id++) {
            Party party = party(id, random, vietnamese, lao);
            items += party.offers().size() + party.needs().size();
            parties.add(party);
        }
        long withParties = used();
        LegacyPartyIndex legacyIndex = newOnly ? null : LegacyPartyIndex.of(parties);
        long withLegacy = used();
        long buildStarted = System.nanoTime();
        PartyIndex index = PartyIndex.of(parties);
        long buildNanos = System.nanoTime() - buildStarted;
        long withBoth = used();
        System.out.printf(
                Locale.ROOT,
                "%,d enterprises, %,d offers and needs%n"
                        + "enterprises themselves (Party objects, shared by both indexes): %,d bytes, %.0f per offer or need%n"
                        + "index before 0094 (Entry objects, Entry[] buckets, id map): %,d bytes, %.0f per offer or need%n"
                        + "index after 0094 (int[] slot buckets in province blocks, slot columns, id map): %,d bytes, %.0f per offer or need%n",
                enterprises,
                items,
                withParties - base,
                (withParties - base) / (double) items,
                withLegacy - withParties,
                (withLegacy - withParties) / (double) items,
                withBoth - withLegacy,
                (withBoth - withLegacy) / (double) items);
        System.out.printf(
                Locale.ROOT,
                "enterprises and index together: %.0f bytes per offer or need; index built in %.1f s%n",
                (withParties - base + withBoth - withLegacy) / (double) items,
                buildNanos / 1e9);

        MatchEngine engine = new MatchEngine(index, Parties.LINKS, routes);
        LegacyMatchEngine legacy = newOnly ? null : new LegacyMatchEngine(legacyIndex, Parties.LINKS, routes);
        Random pick = new Random(7);
        Party[] subjects = new Party[queries];
        for (int i = 0; i < queries; i++) {
            subjects[i] = parties.get(pick.nextInt(parties.size()));
        }
        if (newOnly) {
            for (int round = 0; round < 3; round++) {
                long[] after = time(subjects, me -> engine.top(me, 10));
                System.out.printf(
                        Locale.ROOT,
                        "round %d, in-process, one thread, top 10: block search p50 %.3f ms p90 %.3f ms p99 %.3f ms%n",
                        round + 1,
                        millis(after, 0.5),
                        millis(after, 0.9),
                        millis(after, 0.99));
            }
            return;
        }
        int differing = 0;
        for (Party me : subjects) {
            if (!engine.top(me, 10).equals(legacy.top(me, 10))) {
                differing++;
            }
        }
        System.out.printf("top 10 of both engines compared on %,d enterprises: %,d differ%n", queries, differing);
        for (int round = 0; round < 3; round++) {
            long[] before = time(subjects, me -> legacy.top(me, 10));
            long[] after = time(subjects, me -> engine.top(me, 10));
            System.out.printf(
                    Locale.ROOT,
                    "round %d, in-process, one thread, top 10: bucket search p50 %.3f ms p99 %.3f ms; block search p50 %.3f ms p90 %.3f ms p99 %.3f ms%n",
                    round + 1,
                    millis(before, 0.5),
                    millis(before, 0.99),
                    millis(after, 0.5),
                    millis(after, 0.9),
                    millis(after, 0.99));
        }
    }

    private static long[] time(Party[] subjects, java.util.function.Consumer<Party> search) {
        long[] nanos = new long[subjects.length];
        for (int i = 0; i < subjects.length; i++) {
            long start = System.nanoTime();
            search.accept(subjects[i]);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static double millis(long[] sorted, double quantile) {
        int rank = (int) Math.ceil(quantile * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)] / 1e6;
    }

    private static long used() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static List<Province> provinces(
            String country, int count, double latFrom, double latTo, double lonFrom, double lonTo, Random random) {
        List<Province> provinces = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double lat = latFrom + random.nextDouble() * (latTo - latFrom);
            double lon = lonFrom + random.nextDouble() * (lonTo - lonFrom);
            provinces.add(Parties.province(country, country + "-" + i, country + " province " + i, lat, lon));
        }
        return provinces;
    }

    private static Party party(long id, Random random, List<Province> vietnamese, List<Province> lao) {
        boolean vn = random.nextBoolean();
        String[][] sector = SECTORS[random.nextInt(SECTORS.length)];
        List<Province> provinces = vn ? vietnamese : lao;
        String unit = UNITS[random.nextInt(UNITS.length)];
        double typical = Math.pow(10, 2 + random.nextInt(4));
        int offerCount = 1 + (random.nextInt(10) < 5 ? random.nextInt(3) : 0) + (random.nextInt(4) == 0 ? 1 : 0);
        int needCount = 5 - offerCount > 0 ? Math.max(1, 5 - offerCount - random.nextInt(2)) : 1;
        List<Party.Offer> offers = new ArrayList<>();
        for (int k = 0; k < offerCount; k++) {
            String code = sector[0][random.nextInt(sector[0].length)];
            offers.add(new Party.Offer(HsLine.of(new String(code)), quantity(random, typical), new String(unit)));
        }
        List<Party.Need> needs = new ArrayList<>();
        for (int k = 0; k < needCount; k++) {
            String code = sector[1][random.nextInt(sector[1].length)];
            Set<String> required =
                    random.nextInt(10) == 0 ? Set.of(CERTIFICATIONS[random.nextInt(CERTIFICATIONS.length)]) : Set.of();
            needs.add(
                    new Party.Need(HsLine.of(new String(code)), quantity(random, typical), new String(unit), required));
        }
        Set<String> held = new HashSet<>();
        for (int k = random.nextInt(3); k > 0; k--) {
            held.add(CERTIFICATIONS[random.nextInt(CERTIFICATIONS.length)]);
        }
        String name = (vn ? "Công ty " : "ບໍລິສັດ ") + id;
        return new Party(
                id,
                vn ? "VN" : "LA",
                name,
                Map.of("en", "Enterprise " + id),
                provinces.get(random.nextInt(provinces.size())).code(),
                "1062",
                held,
                null,
                offers,
                needs);
    }

    private static Double quantity(Random random, double typical) {
        if (random.nextInt(20) == 0) {
            return null;
        }
        return new BigDecimal(typical * Math.exp(random.nextGaussian()))
                .setScale(1, java.math.RoundingMode.HALF_UP)
                .doubleValue();
    }
}
