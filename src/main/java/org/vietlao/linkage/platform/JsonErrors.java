package org.vietlao.linkage.platform;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.stream.Collectors;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Names the JSON field a malformed body broke on (a wrong type, an unknown enum value), so that the problem
 * can point at it.
 */
final class JsonErrors {

    private JsonErrors() {}

    static String fieldOf(HttpMessageNotReadableException ex) {
        if (ex.getCause() instanceof JsonMappingException mapping
                && !mapping.getPath().isEmpty()) {
            return mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."))
                    .replace(".[", "[");
        }
        return null;
    }
}
