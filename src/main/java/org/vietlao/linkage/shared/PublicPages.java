package org.vietlao.linkage.shared;

import java.util.List;

/**
 * The pages a module opens to everyone, signed in or not (the Expo's exhibitor list, a certificate check, a
 * public catalogue). The platform's page security permits every path that some implementation names and asks
 * a sign-in for every other page, so that the platform names no module's pages. Each handler behind such a path
 * still carries its own {@code @PermitAll}.
 */
public interface PublicPages {

    /** Path patterns in Spring's syntax ({@code *} one segment, {@code **} any), each starting with {@code /}. */
    List<String> paths();

    /** API paths anyone may read with GET, in the same syntax, each starting with {@code /api/v1/}; none by default. */
    default List<String> apiReads() {
        return List.of();
    }
}
