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
    ENTERPRISE,
    /** A business association: files obstacle cases on behalf of members who stay anonymous (issue 15). */
    ASSOCIATION,
    /** A province's department of industry and trade: files obstacle cases for its province (issue 15). */
    PROVINCE_DOIT,
    /** A contact person of a competent body: answers the obstacle cases routed to that body (issue 15). */
    CASE_BODY;

    /** The Spring Security authority of the role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
