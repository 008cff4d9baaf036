package org.vietlao.linkage.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.sessions.JqwikSession;

/**
 * Hostile values, as jqwik arbitraries: control characters, over-long and huge text, negative and enormous
 * numbers, values of the wrong JSON type. Sampled with a seeded {@link Random} so that a run can be repeated
 * ({@code -Dfuzz.seed=...}).
 */
final class FuzzValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Longer than any text column of the platform (the longest are 4,000 characters). */
    static final int LONG_TEXT = 5_000;

    /** Far beyond any column, below the 1 MB body limit once encoded. */
    static final int HUGE_TEXT = 200_000;

    private FuzzValues() {}

    /** One value, drawn with the given random (outside a property, inside a short jqwik session). */
    static <T> T sample(Arbitrary<T> arbitrary, Random random) {
        if (JqwikSession.isActive()) {
            return arbitrary.generator(1000).next(random).value();
        }
        JqwikSession.start();
        try {
            return arbitrary.generator(1000).next(random).value();
        } finally {
            JqwikSession.finish();
        }
    }

    /** Text that contains at least one C0 control character (U+0000 to U+001F) or DEL. */
    static Arbitrary<String> controlText() {
        Arbitrary<Character> control =
                Arbitraries.oneOf(Arbitraries.chars().range('\u0000', '\u001f'), Arbitraries.just('\u007f'));
        return Arbitraries.strings().alpha().ofMaxLength(8).flatMap(prefix -> control.map(c -> prefix + c + "x"));
    }

    /** Text that contains U+0000, the character PostgreSQL refuses in text columns. */
    static Arbitrary<String> nulText() {
        return Arbitraries.strings().alpha().ofMaxLength(8).map(prefix -> prefix + '\u0000' + "x");
    }

    static Arbitrary<String> longText() {
        return Arbitraries.integers().between(LONG_TEXT, LONG_TEXT + 2_000).map("x"::repeat);
    }

    static Arbitrary<String> hugeText() {
        return Arbitraries.integers().between(HUGE_TEXT, HUGE_TEXT + 50_000).map("y"::repeat);
    }

    /** Any Unicode text, including unpaired surrogates, right-to-left marks and the replacement character. */
    static Arbitrary<String> anyText() {
        return Arbitraries.strings().all().ofMaxLength(40);
    }

    static Arbitrary<JsonNode> negativeNumber() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(Long.MIN_VALUE, -1).map(NODES::numberNode),
                Arbitraries.just(NODES.numberNode(-1)),
                Arbitraries.just(NODES.numberNode(Integer.MIN_VALUE)),
                Arbitraries.doubles().between(-1e12, -0.01).map(NODES::numberNode),
                Arbitraries.just(NODES.numberNode(-1e300)));
    }

    /** Numbers beyond int, long and double: the server must refuse them, not overflow. */
    static Arbitrary<JsonNode> enormousNumber() {
        return Arbitraries.oneOf(
                Arbitraries.just(NODES.numberNode(Long.MAX_VALUE)),
                Arbitraries.just(NODES.numberNode((long) Integer.MAX_VALUE + 1)),
                Arbitraries.bigIntegers()
                        .between(BigInteger.TEN.pow(19), BigInteger.TEN.pow(60))
                        .map(NODES::numberNode),
                Arbitraries.just(NODES.numberNode(new BigDecimal("1e400"))),
                Arbitraries.just(NODES.numberNode(new BigDecimal("-1e400"))),
                Arbitraries.just(NODES.numberNode(new BigDecimal("1e-400"))));
    }

    /** A value of some JSON type, to put where another type is declared. */
    static Arbitrary<JsonNode> anyJson() {
        return Arbitraries.oneOf(
                Arbitraries.just(NODES.nullNode()),
                Arbitraries.of(true, false).map(NODES::booleanNode),
                Arbitraries.integers().map(NODES::numberNode),
                Arbitraries.doubles().map(NODES::numberNode),
                anyText().map(NODES::textNode),
                Arbitraries.just(NODES.arrayNode().add(1).add("a")),
                Arbitraries.just(NODES.objectNode().put("a", 1)));
    }

    /** A value of a JSON type other than the one a schema declares. */
    static JsonNode wrongType(String declaredType) {
        return switch (declaredType == null ? "" : declaredType) {
            case "string" -> NODES.objectNode().put("x", 1);
            case "integer", "number" -> NODES.textNode("not-a-number");
            case "boolean" -> NODES.textNode("maybe");
            case "array" -> NODES.textNode("not-an-array");
            case "object" -> NODES.arrayNode().add(1);
            default -> NODES.arrayNode().add(NODES.objectNode());
        };
    }

    /** Text that is not JSON, or not only JSON. */
    static Arbitrary<String> notJson() {
        return Arbitraries.of(
                "{",
                "}",
                "{\"a\":",
                "nul",
                "<xml/>",
                "{'single':'quotes'}",
                "{\"a\":1,}",
                "[1,2",
                "{\"a\":NaN}",
                "{\"a\":Infinity}",
                "{\"a\":01}",
                "\uFEFF{}",
                "{\"a\":\"\u0001raw control\"}",
                "\u0000");
    }

    /** Nested arrays deeper than any parser should follow. */
    static String deeplyNested(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    /** Characters that the container or a path matcher may treat specially inside a path segment. */
    static Arbitrary<String> encodedPathSegment() {
        return Arbitraries.of(
                "%2F",
                "%00",
                "..%2F",
                "%5C",
                "%2e%2e",
                "..",
                "%252F",
                "%2F..%2F..%2Fetc%2Fpasswd",
                "%C0%AE",
                "%ZZ",
                "%",
                "a%0Ab",
                "%3B",
                "%u002F",
                "..;",
                "%E0%A4%A");
    }
}
