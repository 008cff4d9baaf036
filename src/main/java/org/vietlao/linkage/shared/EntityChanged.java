package org.vietlao.linkage.shared;

import java.util.Map;

/**
 * Something was created, updated or deleted. Every module publishes one per change; the audit log records
 * it with who and when, in the same transaction as the change.
 *
 * @param entityType the kind of record, such as {@code exchange_rate}
 * @param entityId its identifier
 * @param action what happened
 * @param changes field to new value (for updates, field to {@code {"from": ..., "to": ...}})
 */
public record EntityChanged(String entityType, String entityId, Action action, Map<String, Object> changes) {

    public enum Action {
        CREATED,
        UPDATED,
        DELETED
    }

    public static EntityChanged created(String entityType, Object id, Map<String, Object> values) {
        return new EntityChanged(entityType, String.valueOf(id), Action.CREATED, values);
    }

    public static EntityChanged updated(String entityType, Object id, Map<String, Object> changes) {
        return new EntityChanged(entityType, String.valueOf(id), Action.UPDATED, changes);
    }

    public static EntityChanged deleted(String entityType, Object id) {
        return new EntityChanged(entityType, String.valueOf(id), Action.DELETED, Map.of());
    }
}
