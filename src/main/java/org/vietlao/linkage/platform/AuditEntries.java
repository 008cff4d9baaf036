package org.vietlao.linkage.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The audit log as a reader sees it: each record type and field named in the reader's language (message keys
 * {@code audit.entity.<type>} and {@code audit.field.<field>}, the stored name when a key is missing) and each
 * change as a value before and a value after, instead of table names and JSON.
 */
@Component
class AuditEntries {

    private final MessageSource messages;
    private final ObjectMapper json;

    AuditEntries(MessageSource messages, ObjectMapper json) {
        this.messages = messages;
        this.json = json;
    }

    /**
     * One entry of the page.
     *
     * @param entityLabel the record type in the reader's language
     * @param changes each field with its value before ({@code null} for a new record) and after
     */
    record Row(AuditTrail.Entry entry, String entityLabel, List<FieldChange> changes) {}

    /** One field: its label, its value before and after, as text ({@code null}: no value). */
    record FieldChange(String field, String label, String before, String after) {}

    List<Row> rows(List<AuditTrail.Entry> entries, Locale locale) {
        return entries.stream().map(entry -> row(entry, locale)).toList();
    }

    Row row(AuditTrail.Entry entry, Locale locale) {
        return new Row(entry, entityLabel(entry.entityType(), locale), changes(entry, locale));
    }

    String entityLabel(String entityType, Locale locale) {
        return messages.getMessage("audit.entity." + entityType, null, entityType, locale);
    }

    private List<FieldChange> changes(AuditTrail.Entry entry, Locale locale) {
        JsonNode changes = read(entry.changes());
        List<FieldChange> fields = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = changes.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> field = it.next();
            String label = messages.getMessage("audit.field." + field.getKey(), null, field.getKey(), locale);
            JsonNode value = field.getValue();
            boolean transition = "UPDATED".equals(entry.action())
                    && value.isObject()
                    && value.size() == 2
                    && value.has("from")
                    && value.has("to");
            if (transition) {
                fields.add(new FieldChange(field.getKey(), label, text(value.get("from")), text(value.get("to"))));
            } else {
                fields.add(new FieldChange(field.getKey(), label, null, text(value)));
            }
        }
        return fields;
    }

    private JsonNode read(String changes) {
        try {
            return json.readTree(changes == null ? "{}" : changes);
        } catch (JsonProcessingException ex) {
            return json.createObjectNode();
        }
    }

    /** A stored value as one line: lists joined by commas, objects as {@code key: value} pairs. */
    static String text(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        if (value.isArray()) {
            StringJoiner items = new StringJoiner(", ");
            value.forEach(item -> {
                String text = text(item);
                if (text != null) {
                    items.add(text);
                }
            });
            return items.length() == 0 ? null : items.toString();
        }
        if (value.isObject()) {
            StringJoiner pairs = new StringJoiner("; ");
            value.fields().forEachRemaining(pair -> {
                String text = text(pair.getValue());
                if (text != null) {
                    pairs.add(pair.getKey() + ": " + text);
                }
            });
            return pairs.length() == 0 ? null : pairs.toString();
        }
        String text = value.asText();
        return text.isEmpty() ? null : text;
    }
}
