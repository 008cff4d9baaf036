package org.vietlao.linkage.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.vietlao.linkage.ApiClient;
import org.vietlao.linkage.IntegrationTest;
import org.vietlao.linkage.shared.ErrorCode;

/**
 * The live {@code /v3/api-docs} tells the truth about answers: every operation documents its success (a 2xx
 * with a schema, or 204) and its errors as problem+json, each error status listing codes that exist and
 * carry that status. The document is also written to {@code target/openapi.json} for the Redocly lint
 * ({@code docs/api.md}).
 */
@IntegrationTest
class ApiDescriptionTruthTest {

    private static final Map<String, ErrorCode> CODES =
            Arrays.stream(ErrorCode.values()).collect(Collectors.toMap(ErrorCode::code, Function.identity()));

    @LocalServerPort
    int port;

    @Test
    void everyOperationDocumentsItsSuccessAndItsProblemsWithCodesOfTheirStatus() throws IOException {
        ApiClient.Response docs = new ApiClient(port).get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        JsonNode document = docs.json();
        // The tests' own probe endpoints are no part of the product: the linted copy leaves them out.
        var paths = (com.fasterxml.jackson.databind.node.ObjectNode) document.path("paths");
        List<String> probes = new ArrayList<>();
        paths.fieldNames().forEachRemaining(path -> {
            if (path.startsWith("/api/v1/test-probe/")) {
                probes.add(path);
            }
        });
        paths.remove(probes);
        var schemas = (com.fasterxml.jackson.databind.node.ObjectNode) document.at("/components/schemas");
        List<String> unused = new ArrayList<>();
        schemas.fieldNames().forEachRemaining(name -> {
            if (!document.toString().contains("\"#/components/schemas/" + name + "\"")) {
                unused.add(name);
            }
        });
        schemas.remove(unused);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "openapi.json"), document.toPrettyString());
        assertThat(document.at("/components/schemas/Problem/properties/code").isMissingNode())
                .isFalse();

        List<String> untrue = new ArrayList<>();
        int operations = 0;
        for (var path : (Iterable<Map.Entry<String, JsonNode>>) document.path("paths")::fields) {
            for (var entry : (Iterable<Map.Entry<String, JsonNode>>) path.getValue()::fields) {
                String name = entry.getKey().toUpperCase() + " " + path.getKey();
                operations++;
                untrue.addAll(check(name, entry.getValue().path("responses")));
                // The acting user comes from the token (ActorArgumentResolver): never a parameter a client sends.
                entry.getValue().path("parameters").forEach(parameter -> {
                    if (parameter.path("name").asText().equals("actor")
                            || parameter.path("name").asText().equals("signedIn")) {
                        untrue.add(name + ": describes the acting user as a parameter");
                    }
                });
            }
        }
        assertThat(operations).isGreaterThan(10);
        assertThat(untrue)
                .as("operations whose answers are not documented truthfully")
                .isEmpty();
    }

    private static List<String> check(String operation, JsonNode responses) {
        List<String> untrue = new ArrayList<>();
        boolean success = false;
        boolean problem = false;
        for (var entry : (Iterable<Map.Entry<String, JsonNode>>) responses::fields) {
            String status = entry.getKey();
            JsonNode response = entry.getValue();
            if (status.equals("204")) {
                success = true;
            } else if (status.startsWith("2")) {
                success |= response.path("content").elements().hasNext()
                        && !response.path("content")
                                .elements()
                                .next()
                                .path("schema")
                                .isMissingNode();
            } else if (status.startsWith("4") || status.startsWith("5")) {
                JsonNode media = response.path("content").path("application/problem+json");
                if (media.isMissingNode() || response.path("content").size() != 1) {
                    untrue.add(operation + " " + status + ": not (only) application/problem+json");
                    continue;
                }
                JsonNode schema = media.path("schema");
                boolean refersToProblem = schema.toString().contains("#/components/schemas/Problem");
                List<String> codes = new ArrayList<>();
                schema.path("allOf")
                        .forEach(part -> part.at("/properties/code/enum").forEach(c -> codes.add(c.asText())));
                if (!refersToProblem || codes.isEmpty()) {
                    untrue.add(operation + " " + status + ": no Problem schema with its codes");
                }
                for (String code : codes) {
                    ErrorCode known = CODES.get(code);
                    if (known == null || known.status().value() != Integer.parseInt(status)) {
                        untrue.add(operation + " " + status + ": lists " + code + " of status "
                                + (known == null ? "unknown" : known.status().value()));
                    }
                }
                problem |= status.startsWith("4");
            }
        }
        if (!success) {
            untrue.add(operation + ": no 2xx answer with a schema (nor 204)");
        }
        if (!problem) {
            untrue.add(operation + ": no 4xx problem+json answer");
        }
        return untrue;
    }
}
