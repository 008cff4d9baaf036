package org.vietlao.linkage.notification;

import java.util.Optional;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.UnreadNotices;

/**
 * Gives every page the signed-in person's inbox, so that the layout's navigation shows the unread count. The
 * count is read only when a page renders it. It reads the count through the shared {@link UnreadNotices} port,
 * not the inbox itself, so that an MVC slice of another module's controller can supply it (decision 0031).
 */
@ControllerAdvice
class InboxBadge {

    private final UnreadNotices inbox;

    InboxBadge(UnreadNotices inbox) {
        this.inbox = inbox;
    }

    @ModelAttribute("inbox")
    Unread inbox(Optional<Actor> signedIn) {
        return signedIn.map(actor -> new Unread(inbox, actor)).orElse(null);
    }

    /** The unread count, read from the database when the template asks for it. */
    static final class Unread {

        private final UnreadNotices inbox;
        private final Actor actor;
        private Long unread;

        Unread(UnreadNotices inbox, Actor actor) {
            this.inbox = inbox;
            this.actor = actor;
        }

        public long unread() {
            if (unread == null) {
                unread = inbox.unread(actor);
            }
            return unread;
        }
    }
}
