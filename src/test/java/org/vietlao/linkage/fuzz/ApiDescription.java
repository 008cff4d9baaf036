package org.vietlao.linkage.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The operations of a live OpenAPI document, as much of them as the fuzz suite needs: method, path template,
 * parameters, the request body's media type and schema, and whether the operation asks for a bearer token.
 */
final class ApiDescription {

    private final JsonNode document;

    ApiDescription(JsonNode document) {
        this.document = document;
    }

    record Parameter(String name, String in, boolean required, JsonNode schema, JsonNode example) {}

    record Operation(
            String method,
            String path,
            List<Parameter> parameters,
            String bodyMediaType,
            JsonNode bodySchema,
            boolean bodyRequired,
            boolean secured,
            JsonNode responses) {

        String name() {
            return method + " " + path;
        }

        List<Parameter> in(String where) {
            return parameters.stream().filter(p -> p.in().equals(where)).toList();
        }
    }

    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        boolean securedByDefault = document.path("security").size() > 0;
        document.path("paths").fields().forEachRemaining(path -> {
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> entry = methods.next();
                String method = entry.getKey().toUpperCase(java.util.Locale.ROOT);
                if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    continue;
                }
                JsonNode operation = entry.getValue();
                List<Parameter> parameters = new ArrayList<>();
                operation.path("parameters").forEach(p -> {
                    JsonNode parameter = resolve(p);
                    parameters.add(new Parameter(
                            parameter.path("name").asText(),
                            parameter.path("in").asText(),
                            parameter.path("required").asBoolean(false),
                            resolve(parameter.path("schema")),
                            parameter.has("example")
                                    ? parameter.get("example")
                                    : parameter.path("schema").get("example")));
                });
                String mediaType = null;
                JsonNode bodySchema = null;
                JsonNode body = resolve(operation.path("requestBody"));
                if (body.has("content")) {
                    Iterator<String> types = body.path("content").fieldNames();
                    mediaType = types.next();
                    bodySchema = resolve(body.path("content").path(mediaType).path("schema"));
                }
                boolean secured =
                        operation.has("security") ? operation.get("security").size() > 0 : securedByDefault;
                operations.add(new Operation(
                        method,
                        path.getKey(),
                        parameters,
                        mediaType,
                        bodySchema,
                        body.path("required").asBoolean(false),
                        secured,
                        operation.path("responses")));
            }
        });
        return operations;
    }

    /** Follows a local {@code $ref}; any other node is returned as it is. */
    JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current != null && current.has("$ref") && hops < 10; hops++) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                return JsonNodeFactory.instance.objectNode();
            }
            JsonNode target = document;
            for (String part : ref.substring(2).split("/")) {
                target = target.path(part.replace("~1", "/").replace("~0", "~"));
            }
            current = target;
        }
        return current == null || current.isMissingNode() ? JsonNodeFactory.instance.objectNode() : current;
    }

    /** The properties of an object schema (following {@code $ref} and {@code allOf}), in document order. */
    ObjectNode properties(JsonNode schema) {
        ObjectNode properties = JsonNodeFactory.instance.objectNode();
        JsonNode resolved = resolve(schema);
        resolved.path("allOf").forEach(part -> properties.setAll(properties(part)));
        resolved.path("properties").fields().forEachRemaining(e -> properties.set(e.getKey(), e.getValue()));
        return properties;
    }
}
