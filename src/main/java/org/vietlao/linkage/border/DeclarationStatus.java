package org.vietlao.linkage.border;

/**
 * Where a declaration is: stored → registered → channel assigned → (document check | physical inspection) →
 * inspected → released → exited, or cancelled before release.
 */
enum DeclarationStatus {
    STORED,
    REGISTERED,
    CHANNEL_ASSIGNED,
    DOCUMENT_CHECK,
    PHYSICAL_INSPECTION,
    INSPECTED,
    RELEASED,
    EXITED,
    CANCELLED;

    /** Still waiting to cross: a vehicle with such a declaration is pre-declared at gate-in. */
    boolean isOpen() {
        return this != EXITED && this != CANCELLED;
    }
}
