package org.vietlao.linkage.shared;

import java.util.Set;

/**
 * Who is acting: the signed-in person as every module may see them, to decide what their role and
 * organisation allow.
 */
public interface Actor {

    String username();

    /** The organisation the person acts for; {@code null} for none. */
    Long organisationId();

    /** Role names without prefix: ADMIN, ANALYST, MINISTRY, BORDER_OFFICER, ENTERPRISE. */
    Set<String> roleNames();

    /** The border-gate pair ids a border officer is bound to; empty for everyone else. */
    Set<String> gatePairIds();

    default boolean hasRole(String role) {
        return roleNames().contains(role);
    }
}
