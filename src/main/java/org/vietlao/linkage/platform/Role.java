package org.vietlao.linkage.platform;

/**
 * What a signed-in person may do; see docs/architecture.md for who holds each role.
 */
enum Role {
    ADMIN,
    ANALYST,
    MINISTRY,
    BORDER_OFFICER,
    ENTERPRISE;

    String authority() {
        return "ROLE_" + name();
    }
}
