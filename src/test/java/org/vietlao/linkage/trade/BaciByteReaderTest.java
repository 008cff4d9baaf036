package org.vietlao.linkage.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.vietlao.linkage.shared.BusinessException;

/**
 * The byte reader (split over threads above {@link BaciAggregate#PARALLEL_FROM_BYTES}) sums and refuses exactly as
 * the line reader does: the same rows, countries, products, sums, partner sums and Viet Nam–Laos rows, and for a
 * bad file the same bad rows with the same row numbers, whichever part of the file they fall in.
 */
class BaciByteReaderTest {

    static final Map<String, String> NUMERIC = Map.of(
            "704", "VNM", "418", "LAO", "842", "USA", "156", "CHN", "764", "THA", "4", "AFG", "004", "AFG", "116",
            "KHM");

    static final String[] CODES = {"704", "418", "842", "156", "764", "004", "116"};

    static BaciAggregate aggregate() {
        return new BaciAggregate(code -> Optional.ofNullable(NUMERIC.get(code)));
    }

    /** A world file of {@code rows} rows, most plain, some written the ways the byte reader leaves to the line code. */
    static String file(int rows, long seed, boolean withBadRows) {
        Random random = new Random(seed);
        StringBuilder csv = new StringBuilder("t,i,j,k,v,q\n");
        for (int r = 0; r < rows; r++) {
            String i = CODES[random.nextInt(CODES.length)];
            String j = CODES[random.nextInt(CODES.length)];
            String k = String.format("%06d", 10_000 + random.nextInt(3000) * 7);
            String v = String.format(java.util.Locale.ROOT, "%.3f", random.nextDouble() * 5000);
            String q =
                    random.nextInt(40) == 0 ? "NA" : random.nextInt(30) == 0 ? "" : String.valueOf(random.nextInt(900));
            switch (r % 997) {
                case 1 ->
                    csv.append("\"2022\",")
                            .append(i)
                            .append(", ")
                            .append(j)
                            .append(",\"")
                            .append(k)
                            .append("\",");
                case 2 -> csv.append("2022,4,").append(j).append(',').append(k).append(',');
                case 3 -> {
                    csv.append("2022,")
                            .append(i)
                            .append(',')
                            .append(j)
                            .append(',')
                            .append(k)
                            .append(",1.5e2,na\r\n");
                    continue;
                }
                case 4 -> {
                    csv.append('\n');
                    continue;
                }
                default ->
                    csv.append("2022,")
                            .append(i)
                            .append(',')
                            .append(j)
                            .append(',')
                            .append(k)
                            .append(',');
            }
            if (withBadRows && r % 50_021 == 17) {
                csv.append("-3,").append(q).append('\n');
            } else if (withBadRows && r % 70_001 == 29) {
                csv.append("12a,").append(q).append('\n');
            } else if (withBadRows && r % 90_001 == 31) {
                csv.setLength(csv.length() - 1);
                csv.append(";1,1\n");
            } else {
                csv.append(v).append(',').append(q).append('\n');
            }
        }
        return csv.toString();
    }

    static BaciAggregate byLines(String csv, ImportRefused.Collector errors) throws IOException {
        BaciAggregate a = aggregate();
        a.read(new BufferedReader(new StringReader(csv)), errors);
        return a;
    }

    static BaciAggregate byBytes(String csv, int threads, ImportRefused.Collector errors) throws IOException {
        BaciAggregate a = aggregate();
        a.read(ByteBuffer.wrap(csv.getBytes(StandardCharsets.UTF_8)), threads, errors);
        return a;
    }

    static void assertSame(BaciAggregate lines, BaciAggregate bytes) {
        assertThat(bytes.rows()).isEqualTo(lines.rows());
        assertThat(bytes.year()).isEqualTo(lines.year());
        assertThat(bytes.countries()).containsExactlyInAnyOrderElementsOf(lines.countries());
        assertThat(bytes.products()).containsExactlyInAnyOrderElementsOf(lines.products());
        for (int c = 0; c < lines.countries().size(); c++) {
            int bc = bytes.countries().indexOf(lines.countries().get(c));
            for (int p = 0; p < lines.products().size(); p++) {
                int bp = bytes.products().indexOf(lines.products().get(p));
                assertThat(bytes.exports(bc, bp)).isCloseTo(lines.exports(c, p), within(lines.exports(c, p)));
                assertThat(bytes.imports(bc, bp)).isCloseTo(lines.imports(c, p), within(lines.imports(c, p)));
            }
            for (int d = 0; d < lines.countries().size(); d++) {
                int bd = bytes.countries().indexOf(lines.countries().get(d));
                assertThat(bytes.partner(bc, bd)).isCloseTo(lines.partner(c, d), within(lines.partner(c, d)));
            }
        }
        assertThat(bytes.bilateral()).hasSameSizeAs(lines.bilateral());
        for (BaciAggregate.Bilateral b : lines.bilateral()) {
            BaciAggregate.Bilateral other = bytes.bilateral().stream()
                    .filter(x -> x.exporter().equals(b.exporter())
                            && x.importer().equals(b.importer())
                            && x.product().equals(b.product()))
                    .findFirst()
                    .orElseThrow();
            assertThat(other.valueUsd()).isCloseTo(b.valueUsd(), within(b.valueUsd()));
            assertThat(other.quantityTonnes() == null).isEqualTo(b.quantityTonnes() == null);
        }
    }

    /** Sums added in another order differ in the last bits only. */
    static org.assertj.core.data.Offset<Double> within(double expected) {
        return org.assertj.core.data.Offset.offset(Math.abs(expected) * 1e-12 + 1e-9);
    }

    @Test
    void aSmallFileIsReadTheSameOnOneThread() throws IOException {
        String csv = file(5_000, 1, false);
        assertSame(byLines(csv, new ImportRefused.Collector()), byBytes(csv, 4, new ImportRefused.Collector()));
    }

    @Test
    void aFileOverTheThresholdIsSplitAndAddsUpTheSame() throws IOException {
        String csv = file(250_000, 2, false);
        assertThat(csv.length()).isGreaterThan(BaciAggregate.PARALLEL_FROM_BYTES);
        ImportRefused.Collector lineErrors = new ImportRefused.Collector();
        BaciAggregate lines = byLines(csv, lineErrors);
        assertThat(lineErrors.isEmpty()).isTrue();
        for (int threads : new int[] {2, 3, 7}) {
            ImportRefused.Collector errors = new ImportRefused.Collector();
            BaciAggregate bytes = byBytes(csv, threads, errors);
            assertThat(errors.isEmpty()).as("%d threads", threads).isTrue();
            assertSame(lines, bytes);
        }
    }

    @Test
    void badRowsInEveryPartAreReportedWithTheLineReadersRowNumbers() throws IOException {
        String csv = file(250_000, 3, true);
        ImportRefused lines = refusal(errors -> byLines(csv, errors));
        for (int threads : new int[] {1, 2, 5}) {
            ImportRefused bytes = refusal(errors -> byBytes(csv, threads, errors));
            assertThat(described(bytes)).as("%d threads", threads).isEqualTo(described(lines));
            assertThat(bytes.args()).isEqualTo(lines.args());
        }
        assertThat(lines.errors())
                .extracting(BusinessException.FieldError::field)
                .contains("rows[19].v");
    }

    @Test
    void anotherHeaderOrAnEmptyFileIsUnreadable() {
        for (String csv : List.of("", "a,b,c\n1,2,3\n", "t,i,j,k,v,q\n")) {
            assertThatThrownBy(() -> byBytes(csv, 2, new ImportRefused.Collector()))
                    .isInstanceOf(BusinessException.class)
                    .extracting(e -> ((BusinessException) e).errorCode().code())
                    .isEqualTo("TRD-005");
        }
    }

    static List<String> described(ImportRefused refused) {
        return refused.errors().stream()
                .map(e -> e.field() + " " + e.messageKey() + " " + java.util.Arrays.toString(e.args()))
                .toList();
    }

    interface Read {
        BaciAggregate run(ImportRefused.Collector errors) throws IOException;
    }

    static ImportRefused refusal(Read read) {
        ImportRefused refused = catchThrowableOfType(ImportRefused.class, () -> {
            ImportRefused.Collector errors = new ImportRefused.Collector();
            read.run(errors);
            errors.throwIfAny();
        });
        assertThat(refused).isNotNull();
        return refused;
    }
}
