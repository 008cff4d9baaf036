package org.vietlao.linkage.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.vietlao.linkage.fuzz.ApiDescription.Operation;
import org.vietlao.linkage.fuzz.ApiDescription.Parameter;

/**
 * The requests sent to one operation: a baseline built from its schema (examples where the document has
 * them), then one request per kind of hostile input, then {@code tries} generated ones. Each case changes one
 * thing of the baseline, so that a failure points at what caused it.
 */
final class FuzzCases {

    enum Kind {
        BASELINE,
        PATH_UNKNOWN_ID,
        PATH_NOT_A_NUMBER,
        PATH_NEGATIVE_OR_ENORMOUS,
        PATH_ENCODED_CHARACTERS,
        QUERY_WRONG_TYPE,
        QUERY_NEGATIVE_OR_ENORMOUS,
        QUERY_CONTROL_CHARACTERS,
        QUERY_NUL,
        QUERY_OVER_LONG,
        QUERY_REPEATED,
        QUERY_EXTRA,
        BODY_EMPTY,
        BODY_NOT_JSON,
        BODY_WRONG_ROOT_TYPE,
        BODY_DEEP_NESTING,
        BODY_MISSING_FIELD,
        BODY_EXTRA_FIELD,
        BODY_NULL_FIELD,
        BODY_WRONG_TYPE,
        BODY_CONTROL_CHARACTERS,
        BODY_NUL,
        BODY_OVER_LONG_TEXT,
        BODY_HUGE_TEXT,
        BODY_NEGATIVE_NUMBER,
        BODY_ENORMOUS_NUMBER,
        BODY_REPEATED_KEY,
        BODY_TRAILING_CONTENT,
        CONTENT_TYPE_WRONG,
        CONTENT_TYPE_MISSING,
        CONTENT_TYPE_BAD_CHARSET,
        ACCEPT_UNSUPPORTED,
        MULTIPART_NO_BOUNDARY,
        MULTIPART_TRUNCATED,
        MULTIPART_WRONG_BOUNDARY,
        MULTIPART_WRONG_PART,
        MULTIPART_CONTROL_IN_FILENAME,
        MULTIPART_EMPTY_FILE
    }

    record Case(Kind kind, String detail, RawHttp.Request request) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String BOUNDARY = "fuzzBoundary7MA4YWxkTrZu0gW";

    private final ApiDescription description;

    FuzzCases(ApiDescription description) {
        this.description = description;
    }

    /** One field of a JSON body, by its path of property names and array indexes. */
    record FieldPath(List<Object> steps, JsonNode schema) {

        String name() {
            StringBuilder out = new StringBuilder();
            for (Object step : steps) {
                if (step instanceof Integer index) {
                    out.append('[').append(index).append(']');
                } else {
                    out.append(out.isEmpty() ? "" : ".").append(step);
                }
            }
            return out.toString();
        }
    }

    RawHttp.Request baseline(Operation operation, Map<String, String> headers) {
        Map<String, String> allHeaders = new LinkedHashMap<>(headers);
        allHeaders.put("Accept", "application/json, application/problem+json, */*");
        byte[] body = null;
        if (operation.bodyMediaType() != null) {
            if (isMultipart(operation)) {
                allHeaders.put("Content-Type", "multipart/form-data; boundary=" + BOUNDARY);
                body = multipart(operation, "file", "fuzz.csv", "name,country\nFuzz,LA\n", true);
            } else {
                allHeaders.put("Content-Type", operation.bodyMediaType());
                body = write(sampleBody(operation)).getBytes(StandardCharsets.UTF_8);
            }
        }
        return new RawHttp.Request(operation.method(), target(operation, Map.of(), Map.of()), allHeaders, body);
    }

    JsonNode sampleBody(Operation operation) {
        return sample(operation.bodySchema(), 0);
    }

    /**
     * The fixed cases: every kind that applies to the operation. Cases about one field, parameter or path
     * character are shared out between the identities ({@code slice} of {@code slices}), so that across
     * them every field meets every kind while each identity still meets every kind; {@code slices} 1 sends
     * all of them as every identity.
     */
    List<Case> fixed(Operation operation, RawHttp.Request baseline, Random random, int slice, int slices) {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case(Kind.BASELINE, "", baseline));
        List<String> encodedCharacters = List.of("%2F", "%00", "..%2F", "%5C", "%2e%2e", "%252F", "%0A", "%3B");
        for (Parameter path : operation.in("path")) {
            boolean numeric = isNumeric(path.schema());
            cases.add(pathCase(operation, baseline, Kind.PATH_UNKNOWN_ID, path, numeric ? "987654321" : "ZZ-NOPE-99"));
            cases.add(pathCase(operation, baseline, Kind.PATH_NOT_A_NUMBER, path, "abc"));
            cases.add(pathCase(operation, baseline, Kind.PATH_NEGATIVE_OR_ENORMOUS, path, "-1"));
            cases.add(
                    pathCase(operation, baseline, Kind.PATH_NEGATIVE_OR_ENORMOUS, path, "99999999999999999999999999"));
            cases.add(pathCase(operation, baseline, Kind.PATH_NEGATIVE_OR_ENORMOUS, path, "1.5"));
            for (String encoded : mine(encodedCharacters, slice, slices)) {
                cases.add(pathCase(operation, baseline, Kind.PATH_ENCODED_CHARACTERS, path, encoded));
            }
        }
        List<Parameter> query = operation.in("query");
        for (Parameter parameter : mine(query, slice, slices)) {
            cases.add(
                    queryCase(operation, baseline, Kind.QUERY_WRONG_TYPE, parameter, wrongScalar(parameter.schema())));
            cases.add(queryCase(operation, baseline, Kind.QUERY_NEGATIVE_OR_ENORMOUS, parameter, "-1"));
            cases.add(queryCase(
                    operation, baseline, Kind.QUERY_NEGATIVE_OR_ENORMOUS, parameter, "99999999999999999999999999"));
            cases.add(queryCase(operation, baseline, Kind.QUERY_NUL, parameter, "a\u0000b"));
            cases.add(queryCase(
                    operation,
                    baseline,
                    Kind.QUERY_CONTROL_CHARACTERS,
                    parameter,
                    FuzzValues.sample(FuzzValues.controlText(), random)));
            cases.add(queryCase(operation, baseline, Kind.QUERY_OVER_LONG, parameter, "q".repeat(3_000)));
            cases.add(new Case(
                    Kind.QUERY_REPEATED,
                    parameter.name(),
                    baseline.withTarget(appendQuery(
                            baseline.target(),
                            encode(parameter.name()) + "=" + encode(sampleParameter(parameter)) + "&"
                                    + encode(parameter.name()) + "=" + encode(wrongScalar(parameter.schema()))))));
        }
        cases.add(new Case(
                Kind.QUERY_EXTRA,
                "unknown=…",
                baseline.withTarget(appendQuery(baseline.target(), "fuzzExtra=%00%01"))));
        cases.add(new Case(
                Kind.ACCEPT_UNSUPPORTED, "Accept: application/xml", baseline.withHeader("Accept", "application/xml")));

        if (operation.bodyMediaType() == null) {
            return cases;
        }
        if (isMultipart(operation)) {
            cases.addAll(multipartCases(operation, baseline));
            return cases;
        }
        JsonNode body = sampleBody(operation);
        cases.add(new Case(Kind.BODY_EMPTY, "", baseline.withBody(new byte[0])));
        cases.add(new Case(Kind.BODY_NOT_JSON, "", baseline.withBody(FuzzValues.sample(FuzzValues.notJson(), random))));
        for (JsonNode root : List.of(NODES.arrayNode(), NODES.textNode("x"), NODES.numberNode(42), NODES.nullNode())) {
            cases.add(new Case(Kind.BODY_WRONG_ROOT_TYPE, root.toString(), baseline.withBody(write(root))));
        }
        cases.add(new Case(Kind.BODY_DEEP_NESTING, "5000 levels", baseline.withBody(FuzzValues.deeplyNested(5_000))));
        ObjectNode extra = body.isObject() ? ((ObjectNode) body).deepCopy() : NODES.objectNode();
        extra.put("fuzzUnknownField", "x");
        cases.add(new Case(Kind.BODY_EXTRA_FIELD, "fuzzUnknownField", baseline.withBody(write(extra))));

        List<FieldPath> fields = mine(fields(operation), slice, slices);
        for (int i = 0; i < fields.size(); i++) {
            FieldPath field = fields.get(i);
            cases.add(bodyCase(baseline, body, Kind.BODY_MISSING_FIELD, field, null));
            cases.add(bodyCase(baseline, body, Kind.BODY_NULL_FIELD, field, NODES.nullNode()));
            cases.add(
                    bodyCase(baseline, body, Kind.BODY_WRONG_TYPE, field, FuzzValues.wrongType(type(field.schema()))));
            if (i < 3 || "string".equals(type(field.schema()))) {
                cases.addAll(stringCases(baseline, body, field, random));
            }
            if (isNumeric(field.schema())) {
                cases.add(bodyCase(
                        baseline,
                        body,
                        Kind.BODY_NEGATIVE_NUMBER,
                        field,
                        FuzzValues.sample(FuzzValues.negativeNumber(), random)));
                cases.add(bodyCase(
                        baseline,
                        body,
                        Kind.BODY_ENORMOUS_NUMBER,
                        field,
                        FuzzValues.sample(FuzzValues.enormousNumber(), random)));
            }
        }
        if (!fields.isEmpty() && body.isObject()) {
            String first = String.valueOf(fields.get(0).steps().get(0));
            if (!body.has(first)) {
                first = body.fieldNames().hasNext() ? body.fieldNames().next() : first;
            }
            String text = write(body);
            String repeated = "{" + write(NODES.textNode(first)) + ":" + write(FuzzValues.wrongType("string")) + ","
                    + text.substring(1);
            cases.add(new Case(Kind.BODY_REPEATED_KEY, first, baseline.withBody(repeated)));
        }
        cases.add(new Case(Kind.BODY_TRAILING_CONTENT, "} {}", baseline.withBody(write(body) + " {\"x\":1}")));
        cases.add(new Case(Kind.CONTENT_TYPE_WRONG, "text/plain", baseline.withHeader("Content-Type", "text/plain")));
        cases.add(new Case(
                Kind.CONTENT_TYPE_WRONG, "application/xml", baseline.withHeader("Content-Type", "application/xml")));
        cases.add(new Case(Kind.CONTENT_TYPE_MISSING, "", baseline.withHeader("Content-Type", null)));
        cases.add(new Case(
                Kind.CONTENT_TYPE_BAD_CHARSET,
                "charset=nonsense",
                baseline.withHeader("Content-Type", "application/json; charset=nonsense")));
        return cases;
    }

    /** This identity's share of a list: every {@code slices}-th item from {@code slice}; never none of it. */
    static <T> List<T> mine(List<T> all, int slice, int slices) {
        if (all.isEmpty() || slices <= 1) {
            return all;
        }
        List<T> share = new ArrayList<>();
        for (int i = slice % slices; i < all.size(); i += slices) {
            share.add(all.get(i));
        }
        if (share.isEmpty()) {
            share.add(all.get(slice % all.size()));
        }
        return share;
    }

    /** {@code tries} generated cases: a random field, a random kind of hostile value, a random value. */
    List<Case> generated(Operation operation, RawHttp.Request baseline, Random random, int tries) {
        List<Case> cases = new ArrayList<>();
        List<FieldPath> fields =
                operation.bodyMediaType() != null && !isMultipart(operation) ? fields(operation) : List.of();
        List<Parameter> parameters = operation.parameters();
        if (fields.isEmpty() && parameters.isEmpty()) {
            return cases;
        }
        JsonNode body = fields.isEmpty() ? null : sampleBody(operation);
        Arbitrary<JsonNode> hostile = Arbitraries.oneOf(
                FuzzValues.controlText().map(NODES::textNode),
                FuzzValues.nulText().map(NODES::textNode),
                FuzzValues.longText().map(NODES::textNode),
                FuzzValues.anyText().map(NODES::textNode),
                FuzzValues.negativeNumber(),
                FuzzValues.enormousNumber(),
                FuzzValues.anyJson());
        for (int i = 0; i < tries; i++) {
            JsonNode value = FuzzValues.sample(hostile, random);
            boolean onBody = !fields.isEmpty() && (parameters.isEmpty() || random.nextBoolean());
            if (onBody) {
                FieldPath field = fields.get(random.nextInt(fields.size()));
                cases.add(bodyCase(baseline, body, Kind.BODY_WRONG_TYPE, field, value));
            } else {
                Parameter parameter = parameters.get(random.nextInt(parameters.size()));
                String text = value.isTextual() ? value.asText() : value.toString();
                cases.add(
                        parameter.in().equals("path")
                                ? pathCase(operation, baseline, Kind.PATH_NOT_A_NUMBER, parameter, encode(text))
                                : queryCase(operation, baseline, Kind.QUERY_WRONG_TYPE, parameter, text));
            }
        }
        return cases;
    }

    private List<Case> stringCases(RawHttp.Request baseline, JsonNode body, FieldPath field, Random random) {
        return List.of(
                bodyCase(
                        baseline,
                        body,
                        Kind.BODY_CONTROL_CHARACTERS,
                        field,
                        NODES.textNode(FuzzValues.sample(FuzzValues.controlText(), random))),
                bodyCase(
                        baseline,
                        body,
                        Kind.BODY_NUL,
                        field,
                        NODES.textNode(FuzzValues.sample(FuzzValues.nulText(), random))),
                bodyCase(
                        baseline,
                        body,
                        Kind.BODY_OVER_LONG_TEXT,
                        field,
                        NODES.textNode(FuzzValues.sample(FuzzValues.longText(), random))),
                bodyCase(
                        baseline,
                        body,
                        Kind.BODY_HUGE_TEXT,
                        field,
                        NODES.textNode(FuzzValues.sample(FuzzValues.hugeText(), random))));
    }

    private List<Case> multipartCases(Operation operation, RawHttp.Request baseline) {
        String csv = "name,country\nFuzz,LA\n";
        byte[] good = multipart(operation, "file", "fuzz.csv", csv, true);
        byte[] truncated = java.util.Arrays.copyOf(good, good.length / 2);
        return List.of(
                new Case(Kind.MULTIPART_NO_BOUNDARY, "", baseline.withHeader("Content-Type", "multipart/form-data")),
                new Case(Kind.MULTIPART_TRUNCATED, "half the body", baseline.withBody(truncated)),
                new Case(
                        Kind.MULTIPART_TRUNCATED,
                        "no closing boundary",
                        baseline.withBody(multipart(operation, "file", "fuzz.csv", csv, false))),
                new Case(
                        Kind.MULTIPART_WRONG_BOUNDARY,
                        "",
                        baseline.withHeader("Content-Type", "multipart/form-data; boundary=somethingElse")),
                new Case(
                        Kind.MULTIPART_WRONG_PART,
                        "part named other",
                        baseline.withBody(multipart(operation, "other", "fuzz.csv", csv, true))),
                new Case(
                        Kind.MULTIPART_CONTROL_IN_FILENAME,
                        "NUL in file name",
                        baseline.withBody(multipart(operation, "file", "fu\u0000zz.csv", csv, true))),
                new Case(
                        Kind.MULTIPART_EMPTY_FILE,
                        "",
                        baseline.withBody(multipart(operation, "file", "e.csv", "", true))),
                new Case(Kind.MULTIPART_WRONG_PART, "JSON body", baseline.withBody("{\"file\":\"x\"}")),
                new Case(Kind.BODY_EMPTY, "", baseline.withBody(new byte[0])),
                new Case(
                        Kind.CONTENT_TYPE_WRONG,
                        "application/json",
                        baseline.withHeader("Content-Type", "application/json")));
    }

    private static byte[] multipart(Operation operation, String part, String filename, String content, boolean close) {
        StringBuilder out = new StringBuilder();
        out.append("--").append(BOUNDARY).append("\r\n");
        out.append("Content-Disposition: form-data; name=\"")
                .append(part)
                .append("\"; filename=\"")
                .append(filename)
                .append("\"\r\n");
        out.append("Content-Type: text/csv\r\n\r\n");
        out.append(content).append("\r\n");
        if (close) {
            out.append("--").append(BOUNDARY).append("--\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private Case pathCase(Operation operation, RawHttp.Request baseline, Kind kind, Parameter parameter, String raw) {
        return new Case(
                kind,
                parameter.name() + "=" + raw,
                baseline.withTarget(target(operation, Map.of(parameter.name(), raw), Map.of())));
    }

    private Case queryCase(
            Operation operation, RawHttp.Request baseline, Kind kind, Parameter parameter, String value) {
        return new Case(
                kind,
                parameter.name() + "=" + abbreviate(value),
                baseline.withTarget(target(operation, Map.of(), Map.of(parameter.name(), value))));
    }

    private Case bodyCase(RawHttp.Request baseline, JsonNode body, Kind kind, FieldPath field, JsonNode value) {
        JsonNode changed = body.deepCopy();
        set(changed, field.steps(), value);
        String shown = value == null ? "(removed)" : abbreviate(value.toString());
        return new Case(kind, field.name() + "=" + shown, baseline.withBody(write(changed)));
    }

    /** Sets (or with {@code null}, removes) the value at a field path; a missing parent is left alone. */
    private static void set(JsonNode root, List<Object> steps, JsonNode value) {
        JsonNode parent = root;
        for (int i = 0; i < steps.size() - 1; i++) {
            Object step = steps.get(i);
            parent = step instanceof Integer index ? parent.path(index) : parent.path((String) step);
        }
        Object last = steps.get(steps.size() - 1);
        if (parent instanceof ObjectNode object) {
            if (value == null) {
                object.remove((String) last);
            } else {
                object.set((String) last, value);
            }
        } else if (parent instanceof ArrayNode array && last instanceof Integer index && index < array.size()) {
            if (value == null) {
                array.remove(index);
            } else {
                array.set(index, value);
            }
        }
    }

    /** Every field of the operation's JSON body, nested objects and the first item of arrays included. */
    List<FieldPath> fields(Operation operation) {
        List<FieldPath> fields = new ArrayList<>();
        collect(operation.bodySchema(), new ArrayList<>(), fields, 0);
        return fields;
    }

    private void collect(JsonNode schema, List<Object> prefix, List<FieldPath> into, int depth) {
        if (depth > 4) {
            return;
        }
        JsonNode resolved = description.resolve(schema);
        description.properties(resolved).fields().forEachRemaining(entry -> {
            List<Object> steps = new ArrayList<>(prefix);
            steps.add(entry.getKey());
            JsonNode child = description.resolve(entry.getValue());
            into.add(new FieldPath(steps, child));
            String type = type(child);
            if ("object".equals(type)) {
                collect(child, steps, into, depth + 1);
            } else if ("array".equals(type)) {
                List<Object> item = new ArrayList<>(steps);
                item.add(0);
                JsonNode items = description.resolve(child.path("items"));
                into.add(new FieldPath(item, items));
                if ("object".equals(type(items))) {
                    collect(items, item, into, depth + 1);
                }
            }
        });
    }

    /** A plausible value for a schema: its example, its first enum value, or a small value of its type. */
    JsonNode sample(JsonNode schema, int depth) {
        JsonNode resolved = description.resolve(schema);
        if (resolved.has("example")) {
            return resolved.get("example");
        }
        if (resolved.has("examples")
                && resolved.get("examples").isArray()
                && resolved.get("examples").size() > 0) {
            return resolved.get("examples").get(0);
        }
        if (resolved.has("enum") && resolved.get("enum").size() > 0) {
            return resolved.get("enum").get(0);
        }
        if (resolved.has("default")) {
            return resolved.get("default");
        }
        String type = type(resolved);
        switch (type == null ? "object" : type) {
            case "string":
                return NODES.textNode(sampleText(resolved));
            case "integer":
                return NODES.numberNode(resolved.path("minimum").asLong(1));
            case "number":
                return NODES.numberNode(resolved.path("minimum").asDouble(1.0));
            case "boolean":
                return NODES.booleanNode(true);
            case "array": {
                ArrayNode array = NODES.arrayNode();
                if (depth < 5) {
                    array.add(sample(resolved.path("items"), depth + 1));
                }
                return array;
            }
            default: {
                ObjectNode object = NODES.objectNode();
                if (depth < 5) {
                    description
                            .properties(resolved)
                            .fields()
                            .forEachRemaining(e -> object.set(e.getKey(), sample(e.getValue(), depth + 1)));
                }
                return object;
            }
        }
    }

    private static String sampleText(JsonNode schema) {
        String format = schema.path("format").asText("");
        return switch (format) {
            case "date" -> "2025-07-01";
            case "date-time" -> "2025-07-01T00:00:00Z";
            case "email" -> "fuzz@example.org";
            case "uri", "url" -> "https://example.org/";
            default -> {
                int min = schema.path("minLength").asInt(0);
                yield "fuzz" + "z".repeat(Math.max(0, min - 4));
            }
        };
    }

    String sampleParameter(Parameter parameter) {
        JsonNode value = parameter.example() != null && !parameter.example().isNull()
                ? parameter.example()
                : sample(parameter.schema(), 0);
        return value.isValueNode() ? value.asText() : value.toString();
    }

    /** The request target with path parameters filled (raw, unencoded values win) and required queries. */
    String target(Operation operation, Map<String, String> rawPath, Map<String, String> queryOverrides) {
        String path = operation.path();
        for (Parameter parameter : operation.in("path")) {
            String value = rawPath.containsKey(parameter.name())
                    ? rawPath.get(parameter.name())
                    : encode(sampleParameter(parameter));
            path = path.replace("{" + parameter.name() + "}", value);
        }
        List<String> query = new ArrayList<>();
        for (Parameter parameter : operation.in("query")) {
            if (queryOverrides.containsKey(parameter.name())) {
                query.add(encode(parameter.name()) + "=" + encode(queryOverrides.get(parameter.name())));
            } else if (parameter.required()) {
                query.add(encode(parameter.name()) + "=" + encode(sampleParameter(parameter)));
            }
        }
        return query.isEmpty() ? path : path + "?" + String.join("&", query);
    }

    private static String appendQuery(String target, String query) {
        return target + (target.contains("?") ? "&" : "?") + query;
    }

    private static String wrongScalar(JsonNode schema) {
        return isNumeric(schema) ? "not-a-number" : "boolean".equals(type(schema)) ? "maybe" : "{\"x\":[1]}";
    }

    private static boolean isNumeric(JsonNode schema) {
        String type = type(schema);
        return "integer".equals(type) || "number".equals(type);
    }

    static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return schema.has("properties") ? "object" : schema.has("items") ? "array" : null;
    }

    private static boolean isMultipart(Operation operation) {
        return operation.bodyMediaType() != null && operation.bodyMediaType().startsWith("multipart/");
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviate(String value) {
        String printable = RawHttp.printable(value);
        return printable.length() > 40 ? printable.substring(0, 40) + "…(" + value.length() + " chars)" : printable;
    }

    static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
