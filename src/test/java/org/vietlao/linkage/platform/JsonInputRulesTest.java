package org.vietlao.linkage.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * The application's JSON reader, built as Spring Boot builds it with {@link JsonInputRules}, refuses what a
 * lenient reader would quietly reinterpret, and still reads what a careful client sends.
 */
class JsonInputRulesTest {

    enum Colour {
        RED,
        GREEN
    }

    record Body(
            String name,
            int count,
            Integer total,
            Boolean active,
            BigDecimal amount,
            double ratio,
            Colour colour,
            List<String> tags,
            Map<String, String> names) {}

    static final ObjectMapper JSON = mapper();

    static ObjectMapper mapper() {
        JsonInputRules rules = new JsonInputRules();
        Jackson2ObjectMapperBuilder builder = new Jackson2ObjectMapperBuilder();
        rules.strictJsonInput().customize(builder);
        builder.modulesToInstall(rules.checkedTexts());
        return builder.build();
    }

    @Test
    void readsWhatACarefulClientSends() throws Exception {
        Body body = JSON.readValue("""
                {"name": "Savan\\tCassava\\nline two", "count": 3, "total": null, "active": true, "amount": 21573,
                 "ratio": 2, "colour": "GREEN", "tags": ["a", "b"], "names": {"vi": "Sắn", "lo": "ມັນຕົ້ນ"}}
                """, Body.class);

        assertThat(body.name()).isEqualTo("Savan\tCassava\nline two");
        assertThat(body.amount()).isEqualByComparingTo("21573");
        assertThat(body.ratio()).isEqualTo(2.0);
        assertThat(body.names()).containsEntry("lo", "ມັນຕົ້ນ");
        assertThat(JSON.readValue("{\"name\": \"x\"}", Body.class).count())
                .as("a primitive left out is its default")
                .isZero();
    }

    @Test
    void rejectsRepeatedKeysInsteadOfLettingTheLastWin() {
        assertFailure("{\"name\": \"analyst\", \"name\": \"admin\"}", JsonErrors.Kind.REPEATED_KEY, "name");
        assertFailure("{\"names\": {\"vi\": \"a\", \"vi\": \"b\"}}", JsonErrors.Kind.REPEATED_KEY, "names.vi");
    }

    @Test
    void rejectsTrailingContent() {
        assertFailure("{\"name\": \"x\"} {\"name\": \"y\"}", JsonErrors.Kind.MALFORMED, null);
        assertFailure("{\"name\": \"x\"} x", JsonErrors.Kind.MALFORMED, null);
    }

    @Test
    void rejectsScalarsOfTheWrongKind() {
        assertFailure("{\"name\": 12}", JsonErrors.Kind.WRONG_VALUE, "name");
        assertFailure("{\"name\": true}", JsonErrors.Kind.WRONG_VALUE, "name");
        assertFailure("{\"count\": \"5\"}", JsonErrors.Kind.WRONG_VALUE, "count");
        assertFailure("{\"count\": 1.5}", JsonErrors.Kind.WRONG_VALUE, "count");
        assertFailure("{\"total\": \"\"}", JsonErrors.Kind.WRONG_VALUE, "total");
        assertFailure("{\"active\": \"true\"}", JsonErrors.Kind.WRONG_VALUE, "active");
        assertFailure("{\"active\": 1}", JsonErrors.Kind.WRONG_VALUE, "active");
        assertFailure("{\"amount\": \"12.5\"}", JsonErrors.Kind.WRONG_VALUE, "amount");
        assertFailure("{\"ratio\": \"2\"}", JsonErrors.Kind.WRONG_VALUE, "ratio");
        assertFailure("{\"colour\": 0}", JsonErrors.Kind.WRONG_VALUE, "colour");
        assertFailure("{\"tags\": [\"a\", 2]}", JsonErrors.Kind.WRONG_VALUE, "tags[1]");
    }

    @Test
    void rejectsControlCharactersInEveryText() {
        assertFailure("{\"name\": \"a\\u0000b\"}", JsonErrors.Kind.FORBIDDEN_CHARACTER, "name");
        assertFailure("{\"tags\": [\"ok\", \"\\u001b[31m\"]}", JsonErrors.Kind.FORBIDDEN_CHARACTER, "tags[1]");
        assertFailure("{\"names\": {\"vi\": \"\\u0007\"}}", JsonErrors.Kind.FORBIDDEN_CHARACTER, "names.vi");
        assertFailure("{\"names\": {\"v\\u0000i\": \"x\"}}", JsonErrors.Kind.FORBIDDEN_CHARACTER, "names");
        assertFailure("{\"name\": \"\\ud800\"}", JsonErrors.Kind.FORBIDDEN_CHARACTER, "name");
    }

    private static void assertFailure(String json, JsonErrors.Kind kind, String field) {
        assertThatThrownBy(() -> JSON.readValue(json, Body.class)).satisfies(ex -> {
            JsonErrors.Failure failure = JsonErrors.of(ex);
            assertThat(failure.kind())
                    .as("kind of failure for %s (%s)", json, ex.getMessage())
                    .isEqualTo(kind);
            assertThat(failure.field()).as("field for %s", json).isEqualTo(field);
        });
    }
}
