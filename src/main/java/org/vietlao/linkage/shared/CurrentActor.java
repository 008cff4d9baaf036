package org.vietlao.linkage.shared;

import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The {@link Actor} of the current request, if someone is signed in.
 */
public final class CurrentActor {

    private CurrentActor() {}

    public static Optional<Actor> get() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof Actor actor) {
            return Optional.of(actor);
        }
        return Optional.empty();
    }
}
