package org.vietlao.linkage.border;

import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;

/**
 * The state of one declaration that its rules need: the status machine lives here, as intention-revealing
 * methods that answer the next status or refuse with the code of the rule broken (409 problem+json).
 *
 * @param id the declaration
 * @param status where it is
 * @param channel its channel, {@code null} until assigned
 */
record Declaration(long id, DeclarationStatus status, Channel channel) {

    /** Registration (VNACCS IDC/EDC): only a stored declaration. */
    DeclarationStatus register() {
        requireStatus(DeclarationStatus.STORED, "register");
        return DeclarationStatus.REGISTERED;
    }

    /** The channel is assigned right after registration. */
    DeclarationStatus assignChannel() {
        requireStatus(DeclarationStatus.REGISTERED, "assign-channel");
        return DeclarationStatus.CHANNEL_ASSIGNED;
    }

    /** YELLOW starts a document check, RED a physical inspection; GREEN and BLUE have none. */
    DeclarationStatus startInspection() {
        requireStatus(DeclarationStatus.CHANNEL_ASSIGNED, "start-inspection");
        if (!channel.needsInspection()) {
            throw new BusinessException(ErrorCode.BRD_010, channel.name());
        }
        return channel == Channel.RED ? DeclarationStatus.PHYSICAL_INSPECTION : DeclarationStatus.DOCUMENT_CHECK;
    }

    DeclarationStatus completeInspection() {
        if (status != DeclarationStatus.DOCUMENT_CHECK && status != DeclarationStatus.PHYSICAL_INSPECTION) {
            throw refused("complete-inspection");
        }
        return DeclarationStatus.INSPECTED;
    }

    /**
     * GREEN and BLUE are released once the channel is assigned; YELLOW and RED only after their check or inspection
     * is completed (BRD-003).
     */
    DeclarationStatus release() {
        switch (status) {
            case INSPECTED -> {
                return DeclarationStatus.RELEASED;
            }
            case CHANNEL_ASSIGNED, DOCUMENT_CHECK, PHYSICAL_INSPECTION -> {
                if (channel.needsInspection()) {
                    throw new BusinessException(ErrorCode.BRD_003, channel.name());
                }
                return DeclarationStatus.RELEASED;
            }
            default -> throw refused("release");
        }
    }

    /** The vehicle leaves the control zone: only with released goods (BRD-004). */
    DeclarationStatus exit() {
        if (status != DeclarationStatus.RELEASED) {
            throw new BusinessException(ErrorCode.BRD_004, status.name());
        }
        return DeclarationStatus.EXITED;
    }

    /** Withdrawn by the declarant or an officer, only before release (BRD-009). */
    DeclarationStatus cancel() {
        if (status == DeclarationStatus.RELEASED || status == DeclarationStatus.EXITED) {
            throw new BusinessException(ErrorCode.BRD_009, status.name());
        }
        if (status == DeclarationStatus.CANCELLED) {
            throw refused("cancel");
        }
        return DeclarationStatus.CANCELLED;
    }

    private void requireStatus(DeclarationStatus expected, String action) {
        if (status != expected) {
            throw refused(action);
        }
    }

    private BusinessException refused(String action) {
        return new BusinessException(ErrorCode.BRD_002, action, status.name());
    }
}
