package org.vietlao.linkage.platform;

import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.vietlao.linkage.shared.Role;

/** A request signed in as a platform account with one role, for MVC slice tests of any module. */
public final class SignedIn {

    private SignedIn() {}

    /** Signed in as {@code username} with {@code role}, acting for organisation {@code organisationId} (or none). */
    public static RequestPostProcessor as(String username, Role role, Long organisationId) {
        PlatformUser user = new PlatformUser(
                99, username, "", "Slice " + role.name(), organisationId, null, true, Set.of(role), Set.of());
        return SecurityMockMvcRequestPostProcessors.authentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** Signed in with {@code role}, acting for organisation {@code organisationId} ({@code null}: none). */
    public static RequestPostProcessor as(Role role, Long organisationId) {
        return as("slice-" + role.name().toLowerCase(), role, organisationId);
    }
}
