package org.vietlao.linkage.shared;

/**
 * What a signed-in person may do; see docs/architecture.md for who holds each role. The one list of role
 * names: {@code @PreAuthorize("hasRole('ANALYST')")} rules on endpoints and {@link Actor}'s sentences both
 * name these constants.
 */
public enum Role {
    ADMIN,
    ANALYST,
    MINISTRY,
    BORDER_OFFICER,
    ENTERPRISE;

    /** The Spring Security authority of the role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
