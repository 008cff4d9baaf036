package org.vietlao.linkage.pilot;

import java.util.Set;
import org.springframework.security.core.Authentication;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;

/**
 * Who is acting, as far as the pilot rules care: a username and roles, taken from the platform's
 * {@link org.vietlao.linkage.shared.Actor} of the signed-in request.
 */
record Actor(String username, Set<String> roles) {

    static Actor of(Authentication authentication) {
        if (authentication != null
                && authentication.getPrincipal() instanceof org.vietlao.linkage.shared.Actor signedIn) {
            return new Actor(signedIn.username(), Set.copyOf(signedIn.roleNames()));
        }
        throw new BusinessException(ErrorCode.AUT_001);
    }

    boolean isAnalyst() {
        return roles.contains("ANALYST");
    }

    /** Ministry officials and administrators may read every closed result. */
    boolean readsAllClosedResults() {
        return roles.contains("MINISTRY") || roles.contains("ADMIN");
    }
}
