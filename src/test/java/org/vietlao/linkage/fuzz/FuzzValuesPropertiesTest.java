package org.vietlao.linkage.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The fuzz suite's own generators do what their names promise (run by the jqwik engine): otherwise the
 * suite would pass without ever sending what it claims to send.
 */
class FuzzValuesPropertiesTest {

    @Property(tries = 200)
    void controlTextHasAControlCharacter(@ForAll("control") String text) {
        assertThat(text.chars().anyMatch(c -> c < 0x20 || c == 0x7f)).isTrue();
    }

    @Property(tries = 100)
    void nulTextHasNul(@ForAll("nul") String text) {
        assertThat(text).contains("\u0000");
    }

    @Property(tries = 20)
    void longTextIsLongerThanAnyColumn(@ForAll("long") String text) {
        assertThat(text.length()).isGreaterThanOrEqualTo(FuzzValues.LONG_TEXT);
    }

    @Property(tries = 200)
    void enormousNumbersLeaveTheRangeOfInt(@ForAll("enormous") JsonNode number) {
        assertThat(number.isNumber()).isTrue();
        boolean beyondInt = number.isBigInteger() || number.isBigDecimal()
                ? number.bigIntegerValue().abs().compareTo(BigInteger.valueOf(Integer.MAX_VALUE)) > 0
                        || number.decimalValue().abs().compareTo(java.math.BigDecimal.ONE) < 0
                : Math.abs(number.asDouble()) > Integer.MAX_VALUE;
        assertThat(beyondInt).as(number.toString()).isTrue();
    }

    @Property(tries = 200)
    void negativeNumbersAreNegative(@ForAll("negative") JsonNode number) {
        assertThat(number.decimalValue().signum()).isNegative();
    }

    @Property(tries = 100)
    void theRawClientSendsThePathByteForByte(@ForAll("segments") String segment) {
        RawHttp.Request request = new RawHttp.Request("GET", "/api/v1/x/" + segment, Map.of(), null);
        String wire = new String(request.wire(1234), StandardCharsets.ISO_8859_1);
        assertThat(wire).startsWith("GET /api/v1/x/" + segment + " HTTP/1.1\r\n");
    }

    @Property(tries = 50)
    void sharingOutGivesEveryIdentitySomethingAndLosesNothing(
            @ForAll @IntRange(min = 1, max = 40) int size, @ForAll @IntRange(min = 1, max = 8) int slices) {
        List<Integer> all = java.util.stream.IntStream.range(0, size).boxed().toList();
        java.util.Set<Integer> covered = new java.util.HashSet<>();
        for (int slice = 0; slice < slices; slice++) {
            List<Integer> share = FuzzCases.mine(all, slice, slices);
            assertThat(share).isNotEmpty();
            covered.addAll(share);
        }
        assertThat(covered).containsExactlyInAnyOrderElementsOf(all);
    }

    @Provide
    Arbitrary<String> control() {
        return FuzzValues.controlText();
    }

    @Provide
    Arbitrary<String> nul() {
        return FuzzValues.nulText();
    }

    @Provide("long")
    Arbitrary<String> longText() {
        return FuzzValues.longText();
    }

    @Provide
    Arbitrary<JsonNode> enormous() {
        return FuzzValues.enormousNumber();
    }

    @Provide
    Arbitrary<JsonNode> negative() {
        return FuzzValues.negativeNumber();
    }

    @Provide
    Arbitrary<String> segments() {
        return FuzzValues.encodedPathSegment();
    }
}
