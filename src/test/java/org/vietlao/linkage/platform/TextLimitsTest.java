package org.vietlao.linkage.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.Size;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.vietlao.linkage.ApiClient;
import org.vietlao.linkage.IntegrationTest;

/**
 * Regression tests for defect 4 of issue 9: a text longer than its column was refused by the database (409).
 * Every text of every request body now declares its maximum with {@code @Size}, the maximum of a stored text
 * is its column's length (read from {@code information_schema}), and a longer text is refused with 422
 * {@code PLT-013} naming the field and the limit before anything is written.
 */
@IntegrationTest
class TextLimitsTest {

    /**
     * Where each stored text of a request body ends up. Texts not listed are codes checked against their
     * lists (country, sector, HS code...) or not stored (a password): they need a maximum, not this one.
     */
    static final Map<String, String> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("AuthController$TokenRequest.username", "app_user.username");
        COLUMNS.put("EnterpriseApiController$EnterpriseRequest.registrationNumber", "enterprise.registration_number");
        COLUMNS.put("EnterpriseApiController$EnterpriseRequest.name", "enterprise.name");
        COLUMNS.put("EnterpriseApiController$EnterpriseRequest.names{}", "enterprise.name_vi");
        COLUMNS.put("EnterpriseApiController$EnterpriseRequest.certifications[]", "enterprise_certification.code");
        COLUMNS.put("EnterpriseApiController$ContactBody.name", "enterprise.contact_name");
        COLUMNS.put("EnterpriseApiController$ContactBody.email", "enterprise.contact_email");
        COLUMNS.put("EnterpriseApiController$ContactBody.phone", "enterprise.contact_phone");
        COLUMNS.put("EnterpriseApiController$ContactBody.website", "enterprise.website");
        COLUMNS.put("EnterpriseApiController$ContactBody.address", "enterprise.address");
        COLUMNS.put("EnterpriseApiController$OfferBody.description", "enterprise_offer.description");
        COLUMNS.put("EnterpriseApiController$OfferBody.unit", "enterprise_offer.unit");
        COLUMNS.put("EnterpriseApiController$NeedBody.unit", "enterprise_need.unit");
        COLUMNS.put("InterestApiController$NewInterest.message", "matching_interest.message");
        COLUMNS.put("Chains$Submission.name", "matching_chain.name");
        COLUMNS.put("Chains$Submission.description", "matching_chain.description");
        COLUMNS.put("Chains$StageSubmission.label", "matching_chain_stage.label");
        COLUMNS.put("ValueChainLinkApiController$LinkBody.note", "matching_value_chain_link.note");
        COLUMNS.put("ExchangeRateController$NewExchangeRate.source", "exchange_rate.source");
        COLUMNS.put("ExchangeRateController$NewExchangeRate.sourceUrl", "exchange_rate.source_url");
        COLUMNS.put("EvaluationApiController$EvaluationRequest.description", "pilot_evaluation.description");
        COLUMNS.put("EvaluationApiController$CandidateRequest.description", "pilot_candidate.description");
        COLUMNS.put("EvaluationApiController$InviteRequest.username", "pilot_evaluator.username");
        COLUMNS.put("Names.en", "pilot_evaluation.title_en");
        COLUMNS.put("Names.vi", "pilot_candidate.name_vi");
        COLUMNS.put("Names.lo", "pilot_criterion.name_lo");
        // casework (issue 15)
        COLUMNS.put("CaseDraft.title", "casework_case.title");
        COLUMNS.put("CaseDraft.measure", "casework_case.measure");
        COLUMNS.put("CaseDraft.filerName", "casework_case.filer_name");
        COLUMNS.put("CaseDraft.members[]", "casework_case_member.name");
    }

    /** No text anywhere is read whole into memory beyond this, whatever its field. */
    static final int MAX_ANY_TEXT = 10_000;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    ApiClient client;

    @BeforeEach
    void setUp() {
        client = new ApiClient(port);
        for (String user : List.of("analyst", "admin", "la-enterprise")) {
            client.tokenFor(user); // signing in is audited: before any count
        }
    }

    @Test
    void everyTextOfEveryRequestBodyDeclaresItsMaximum() {
        Map<String, Integer> texts = requestBodyTexts();
        assertThat(texts)
                .as("texts of request bodies")
                .containsKeys(COLUMNS.keySet().toArray(String[]::new));

        List<String> unbounded = new ArrayList<>();
        texts.forEach((text, max) -> {
            if (max == null || max > MAX_ANY_TEXT) {
                unbounded.add(text);
            }
        });
        assertThat(unbounded)
                .as("texts without @Size(max = ...) up to " + MAX_ANY_TEXT)
                .isEmpty();
    }

    @Test
    void theMaximumOfEveryStoredTextIsItsColumnsLength() {
        Map<String, Integer> texts = requestBodyTexts();
        List<String> mismatches = new ArrayList<>();
        COLUMNS.forEach((text, column) -> {
            String[] tableAndColumn = column.split("\\.");
            Integer length = jdbc.sql("SELECT character_maximum_length FROM information_schema.columns "
                            + "WHERE table_schema = 'public' AND table_name = :table AND column_name = :column")
                    .param("table", tableAndColumn[0])
                    .param("column", tableAndColumn[1])
                    .query(Integer.class)
                    .optional()
                    .orElse(null);
            if (length == null || !length.equals(texts.get(text))) {
                mismatches.add(text + ": @Size(max = " + texts.get(text) + "), " + column + " holds " + length);
            }
        });
        assertThat(mismatches).isEmpty();
    }

    @Test
    void rejectsOverLongTextOnEveryModulesWritesWithItsLimit() {
        long before = writes();

        assertTooLong(
                client.post(
                        "/api/v1/auth/token",
                        null,
                        "{\"username\": \"" + "u".repeat(101) + "\", \"password\": \"demo\"}"),
                "username",
                100);
        assertTooLong(
                client.post(
                        "/api/v1/enterprises",
                        "analyst",
                        "{\"country\": \"LA\", \"registrationNumber\": \"LA-77001\", \"name\": \"" + "n".repeat(301)
                                + "\", \"provinceCode\": \"LA-SV\", \"sector\": \"0113\", \"sizeClass\": \"SMALL\"}"),
                "name",
                300);
        assertTooLong(
                client.post(
                        "/api/v1/matching/interests",
                        "la-enterprise",
                        "{\"fromEnterpriseId\": " + ownEnterprise("la-enterprise")
                                + ", \"toEnterpriseId\": 2, \"message\": \"" + "m".repeat(1001) + "\"}"),
                "message",
                1000);
        assertTooLong(
                client.post(
                        "/api/v1/matching/chains",
                        "analyst",
                        "{\"name\": \"Long chain\", \"sector\": \"OTHER\", \"description\": \"" + "d".repeat(2001)
                                + "\", \"stages\": [{\"country\": \"VN\", \"hsCodes\": [\"2716\"], \"label\": \""
                                + "l".repeat(201) + "\"}]}"),
                "description",
                2000);
        assertTooLong(
                client.post(
                        "/api/v1/matching/value-chain-links",
                        "analyst",
                        "{\"inputPrefix\": \"0714\", \"productPrefix\": \"1903\", \"strength\": 0.5, \"note\": \""
                                + "n".repeat(501) + "\"}"),
                "note",
                500);
        assertTooLong(
                client.post(
                        "/api/v1/reference/exchange-rates",
                        "admin",
                        "{\"currency\": \"LAK\", \"year\": 2020, \"ratePerUsd\": 20000, \"source\": \""
                                + "s".repeat(201) + "\"}"),
                "source",
                200);
        assertTooLong(
                client.post(
                        "/api/v1/pilot/evaluations",
                        "analyst",
                        "{\"title\": {\"en\": \"" + "t".repeat(301) + "\", \"vi\": \"t\", \"lo\": \"ທ\"}, "
                                + "\"method\": \"AIJ\", \"riTable\": \"saaty1980\"}"),
                "title.en",
                300);
        assertTooLong(
                client.post(
                        "/api/v1/pilot/evaluations",
                        "analyst",
                        "{\"title\": {\"en\": \"t\", \"vi\": \"t\", \"lo\": \"ທ\"}, \"description\": \""
                                + "d".repeat(4001) + "\", \"method\": \"AIJ\", \"riTable\": \"saaty1980\"}"),
                "description",
                4000);

        assertThat(writes())
                .as("rows in the tables written to, and audit events")
                .isEqualTo(before);
    }

    @Test
    void reportsOverLongAndControlCharacterCellsOfAnImportAsRowErrors() {
        long before = writes();
        String csv = "country,registrationNumber,name,provinceCode,sector,address\n"
                + "LA,LA-88001," + "n".repeat(301) + ",LA-SV,0113,\n"
                + "LA,LA-88002,Nul\u0000 Co,LA-SV,0113,\n"
                + "LA,LA-88003,Fine Co,LA-SV,0113," + "a".repeat(501) + "\n";
        String boundary = "----text-limits";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"e.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";

        ApiClient.Response response = client.send(client.builder("/api/v1/enterprises/import", "analyst")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
                .build());

        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.json().path("code").asText()).isEqualTo("ENT-012");
        List<String> fields = new ArrayList<>();
        response.json()
                .path("errors")
                .forEach(error -> fields.add(error.path("field").asText()));
        assertThat(fields).contains("rows[2].name", "rows[3].name", "rows[4].contact.address");
        assertThat(response.body()).contains("300").contains("U+0000").contains("500");
        assertThat(writes()).isEqualTo(before);
    }

    private static void assertTooLong(ApiClient.Response response, String field, int max) {
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("code").asText()).isEqualTo("PLT-013");
        assertThat(response.json().path("errors").get(0).path("field").asText()).isEqualTo(field);
        // The limit is written as the reader's language writes numbers (1,000 in English, 1.000 in Vietnamese).
        assertThat(digits(response.json().path("errors").get(0).path("message").asText()))
                .contains(String.valueOf(max));
        assertThat(response.json().path("detail").asText()).contains(field);
        assertThat(digits(response.json().path("detail").asText())).contains(String.valueOf(max));
    }

    private static String digits(String text) {
        return text.replaceAll("(?<=\\d)[,.\\s](?=\\d{3})", "");
    }

    private long writes() {
        long total = 0;
        for (String table : List.of(
                "api_token",
                "audit_event",
                "enterprise",
                "matching_interest",
                "matching_chain",
                "matching_value_chain_link",
                "exchange_rate",
                "pilot_evaluation")) {
            total += jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
        }
        return total;
    }

    /** Every text position of every {@code @RequestBody} of the application's handlers, with its maximum. */
    private Map<String, Integer> requestBodyTexts() {
        Map<String, Integer> texts = new LinkedHashMap<>();
        Set<Class<?>> seen = new HashSet<>();
        handlers.getHandlerMethods().values().forEach(method -> {
            String location = String.valueOf(
                    method.getBeanType().getProtectionDomain().getCodeSource().getLocation());
            if (!method.getBeanType().getName().startsWith("org.vietlao.linkage")
                    || location.contains("test-classes")) {
                return;
            }
            for (MethodParameter parameter : method.getMethodParameters()) {
                if (parameter.hasParameterAnnotation(RequestBody.class)
                        && parameter.getParameterType().isRecord()) {
                    collect(parameter.getParameterType(), texts, seen);
                }
            }
        });
        return texts;
    }

    private static void collect(Class<?> record, Map<String, Integer> texts, Set<Class<?>> seen) {
        if (!seen.add(record)) {
            return;
        }
        String owner = record.getName().substring(record.getPackageName().length() + 1);
        for (RecordComponent component : record.getRecordComponents()) {
            Field field;
            try {
                field = record.getDeclaredField(component.getName());
            } catch (NoSuchFieldException ex) {
                throw new IllegalStateException(ex);
            }
            walk(
                    field.getAnnotatedType(),
                    owner + "." + component.getName(),
                    field.getAnnotation(Size.class),
                    texts,
                    seen);
        }
    }

    private static void walk(
            AnnotatedType type, String name, Size declared, Map<String, Integer> texts, Set<Class<?>> seen) {
        Size size = declared != null ? declared : type.getAnnotation(Size.class);
        if (type.getType() == String.class) {
            texts.put(name, size == null ? null : size.max());
        } else if (type instanceof AnnotatedParameterizedType parameterized
                && parameterized.getType() instanceof java.lang.reflect.ParameterizedType raw) {
            Class<?> container = (Class<?>) raw.getRawType();
            AnnotatedType[] arguments = parameterized.getAnnotatedActualTypeArguments();
            if (Collection.class.isAssignableFrom(container)) {
                walk(arguments[0], name + "[]", null, texts, seen);
            } else if (Map.class.isAssignableFrom(container)) {
                walk(arguments[0], name + "{key}", null, texts, seen);
                walk(arguments[1], name + "{}", null, texts, seen);
            }
        } else if (type.getType() instanceof Class<?> nested
                && nested.isRecord()
                && nested.getName().startsWith("org.vietlao.linkage")) {
            collect(nested, texts, seen);
        }
    }

    /** An enterprise the user acts for: who may send is decided before the message's length (decision 0009). */
    private long ownEnterprise(String username) {
        return jdbc.sql("""
				SELECT e.id FROM enterprise e JOIN app_user u ON u.organisation_id = e.owner_organisation_id
				WHERE u.username = :u ORDER BY e.id LIMIT 1""").param("u", username).query(Long.class).single();
    }
}
