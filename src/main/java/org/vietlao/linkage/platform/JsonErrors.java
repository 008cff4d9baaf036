package org.vietlao.linkage.platform;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.stream.Collectors;
import org.vietlao.linkage.shared.BusinessException;

/**
 * Says why a JSON body could not be read and which field it broke on, from whatever Jackson threw: a
 * repeated key (found by the parser, so named from the parser's position), a forbidden character, a value
 * of the wrong type or an unknown enum value, or a failure inside a record's constructor (wrapped by Jackson
 * in a {@code ValueInstantiationException} or, for a creator property met twice, an
 * {@code InvalidDefinitionException}).
 */
final class JsonErrors {

    enum Kind {
        /** A key met twice in one object. */
        REPEATED_KEY,
        /** A text breaking {@link org.vietlao.linkage.shared.TextRules}. */
        FORBIDDEN_CHARACTER,
        /** Well-formed JSON with a value of the wrong type or an unknown value at a known field. */
        WRONG_VALUE,
        /** A rule of the platform said no while the body was turned into objects. */
        BUSINESS,
        /** Not JSON, cut short, trailing content, or nothing names a field. */
        MALFORMED
    }

    /** What went wrong, the path of the field ({@code contact.email}, {@code offers[2].unit}) if known. */
    record Failure(Kind kind, String field, String character, BusinessException business) {}

    private static final String DUPLICATE = "Duplicate field '";

    private JsonErrors() {}

    static Failure of(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof JsonInputRules.ForbiddenCharacterException forbidden) {
                return new Failure(Kind.FORBIDDEN_CHARACTER, pathOf(forbidden), forbidden.character(), null);
            }
            if (t instanceof StreamReadException read
                    && read.getOriginalMessage() != null
                    && read.getOriginalMessage().startsWith(DUPLICATE)) {
                return new Failure(Kind.REPEATED_KEY, repeatedKey(read), null, null);
            }
            if (t instanceof BusinessException business) {
                return new Failure(Kind.BUSINESS, outermostPath(ex), null, business);
            }
        }
        String field = outermostPath(ex);
        return field == null
                ? new Failure(Kind.MALFORMED, null, null, null)
                : new Failure(Kind.WRONG_VALUE, field, null, null);
    }

    /** Whether anything in the chain is Jackson reading input (as opposed to writing an answer). */
    static boolean isReadingFailure(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof StreamReadException
                    || (t instanceof JsonMappingException mapping && mapping.getProcessor() instanceof JsonParser)) {
                return true;
            }
        }
        return false;
    }

    private static String outermostPath(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
                return pathOf(mapping);
            }
        }
        return null;
    }

    private static String pathOf(JsonMappingException mapping) {
        if (mapping.getPath().isEmpty()) {
            return null;
        }
        return mapping.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    /** The repeated key with the path of the object holding it, from where the parser stopped. */
    private static String repeatedKey(StreamReadException ex) {
        String fromMessage = nameInMessage(ex.getOriginalMessage());
        JsonParser parser = ex.getProcessor();
        if (parser == null || parser.getParsingContext() == null) {
            return fromMessage;
        }
        Deque<String> segments = new ArrayDeque<>();
        for (JsonStreamContext context = parser.getParsingContext();
                context != null && !context.inRoot();
                context = context.getParent()) {
            if (context.inObject()) {
                if (context.getCurrentName() != null) {
                    segments.addFirst(context.getCurrentName());
                }
            } else if (context.inArray()) {
                segments.addFirst("[" + Math.max(context.getCurrentIndex(), 0) + "]");
            }
        }
        if (segments.isEmpty() || !segments.peekLast().equals(fromMessage)) {
            return fromMessage;
        }
        return String.join(".", segments).replace(".[", "[");
    }

    private static String nameInMessage(String message) {
        String rest = message.substring(DUPLICATE.length());
        int end = rest.lastIndexOf('\'');
        return end < 0 ? rest : rest.substring(0, end);
    }
}
