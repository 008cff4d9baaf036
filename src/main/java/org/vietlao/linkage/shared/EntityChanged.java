package org.vietlao.linkage.shared;

import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Something was created, updated or deleted. Every module publishes one per change; the audit log records
 * it with who and when, in the same transaction as the change.
 *
 * <p>The one shape of {@code changes}: for a new record, each field with its value; for an update, only the
 * fields that changed, each as {@code {"from": before, "to": after}}, computed by {@link #diff}; for a removal,
 * nothing. Field names are the record's own (camelCase); the audit page labels them in the reader's language
 * with the message key {@code audit.field.<field>}.
 *
 * @param entityType the kind of record, such as {@code exchange_rate}
 * @param entityId its identifier
 * @param action what happened
 * @param changes what the record holds (created) or what changed (updated)
 */
public record EntityChanged(String entityType, String entityId, Action action, Map<String, Object> changes) {

    public enum Action {
        CREATED,
        UPDATED,
        DELETED
    }

    public static EntityChanged created(String entityType, Object id, Map<String, ?> values) {
        Map<String, Object> plain = new LinkedHashMap<>();
        values.forEach((field, value) -> plain.put(field, plain(value)));
        return new EntityChanged(entityType, String.valueOf(id), Action.CREATED, plain);
    }

    /**
     * An update from the record's state {@code before} to its state {@code after} (each field to its value), with
     * only what differs; see {@link #diff}.
     */
    public static EntityChanged updated(String entityType, Object id, Map<String, ?> before, Map<String, ?> after) {
        return new EntityChanged(entityType, String.valueOf(id), Action.UPDATED, diff(before, after));
    }

    /** One field that went from {@code from} to {@code to} (a status change, say). */
    public static EntityChanged updated(String entityType, Object id, String field, Object from, Object to) {
        Map<String, Object> before = new LinkedHashMap<>();
        before.put(field, from);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put(field, to);
        return updated(entityType, id, before, after);
    }

    public static EntityChanged deleted(String entityType, Object id) {
        return new EntityChanged(entityType, String.valueOf(id), Action.DELETED, Map.of());
    }

    /** Whether the update changed nothing that the audit log would show. */
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /**
     * The fields whose values differ between two states of a record, each as {@code {"from": before, "to":
     * after}}, in the order of {@code before} and then of the fields only {@code after} has. Values are compared
     * as the audit log stores them: numbers without trailing zeros ({@code 2.50} equals {@code 2.5}), enums and
     * dates as text, collections and maps element by element (sets in sorted order).
     */
    public static Map<String, Object> diff(Map<String, ?> before, Map<String, ?> after) {
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        Map<String, Object> changes = new LinkedHashMap<>();
        for (String field : fields) {
            Object from = plain(before.get(field));
            Object to = plain(after.get(field));
            if (!Objects.equals(from, to)) {
                Map<String, Object> change = new LinkedHashMap<>();
                change.put("from", from);
                change.put("to", to);
                changes.put(field, change);
            }
        }
        return changes;
    }

    /** A value as the audit log stores it (JSON-friendly, comparable). */
    static Object plain(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof BigDecimal decimal) {
            BigDecimal stripped = decimal.stripTrailingZeros();
            return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return ((Number) value).longValue();
        }
        if (value instanceof Number) {
            return value;
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof TemporalAccessor) {
            return value.toString();
        }
        if (value instanceof Set<?> set) {
            return set.stream()
                    .map(EntityChanged::plain)
                    .map(String::valueOf)
                    .sorted()
                    .toList();
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(EntityChanged::plain).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> plain =
                    map instanceof java.util.SortedMap<?, ?> ? new TreeMap<>() : new LinkedHashMap<>();
            map.forEach((key, item) -> plain.put(String.valueOf(key), plain(item)));
            return plain;
        }
        return value.toString();
    }
}
