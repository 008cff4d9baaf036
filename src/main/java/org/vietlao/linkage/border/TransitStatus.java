package org.vietlao.linkage.border;

import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;

/**
 * The statuses of a transit movement (ACTS, NCTS): declared → released for transit → arrived (seals checked) →
 * discharged; arrived with a broken seal stays DISCREPANCY and is not discharged; no arrival by the time limit →
 * OVERDUE (alert) → ENQUIRY → RECOVERED from the guarantee; CANCELLED before release. The guards live here so
 * that they can be tested without a database.
 */
enum TransitStatus {
    DECLARED,
    RELEASED,
    ARRIVED,
    DISCREPANCY,
    DISCHARGED,
    OVERDUE,
    ENQUIRY,
    RECOVERED,
    CANCELLED;

    /** Released for transit by the office of departure. */
    TransitStatus release() {
        require(this == DECLARED);
        return RELEASED;
    }

    /**
     * Arrival at the office of destination: still in transit (released, overdue or under enquiry). A broken seal
     * makes it a discrepancy.
     */
    TransitStatus arrive(boolean sealsIntact) {
        require(this == RELEASED || this == OVERDUE || this == ENQUIRY);
        return sealsIntact ? ARRIVED : DISCREPANCY;
    }

    /** Discharge: only an arrival with every seal intact (BRD-026 for a discrepancy). */
    TransitStatus discharge() {
        if (this == DISCREPANCY) {
            throw new BusinessException(ErrorCode.BRD_026);
        }
        require(this == ARRIVED);
        return DISCHARGED;
    }

    TransitStatus cancel() {
        require(this == DECLARED);
        return CANCELLED;
    }

    TransitStatus overdue() {
        require(this == RELEASED);
        return OVERDUE;
    }

    TransitStatus enquiry() {
        require(this == OVERDUE);
        return ENQUIRY;
    }

    TransitStatus recover() {
        require(this == ENQUIRY);
        return RECOVERED;
    }

    /** Whether the goods are still under way (the guarantee's reservation stands and arrival is possible). */
    boolean inTransit() {
        return this == RELEASED || this == OVERDUE || this == ENQUIRY;
    }

    private void require(boolean allowed) {
        if (!allowed) {
            throw new BusinessException(ErrorCode.BRD_023, name());
        }
    }
}
