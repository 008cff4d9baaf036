package org.vietlao.linkage.notification;

import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.vietlao.linkage.shared.Actor;

/** The inbox page of the signed-in person: their notices, newest first, and marking them read. */
@Controller
class InboxPageController {

    static final int PAGE_SIZE = 20;

    private final Inbox inbox;

    InboxPageController(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/inbox")
    @PreAuthorize("isAuthenticated()")
    String inbox(@RequestParam(defaultValue = "0") int page, Actor actor, Model model, Locale locale) {
        Inbox.Page result = inbox.page(actor, Math.max(0, Math.min(page, 100_000)), PAGE_SIZE, locale);
        long first = (long) result.page() * result.size();
        model.addAttribute("result", result);
        model.addAttribute("zone", InboxTimes.ZONE);
        model.addAttribute("firstIndex", first + 1);
        model.addAttribute("lastIndex", first + result.items().size());
        model.addAttribute("hasPrevious", result.page() > 0);
        model.addAttribute("hasNext", first + result.items().size() < result.total());
        return "notification/inbox";
    }

    /** Marks the notice read and, when it links to a page, goes there. */
    @PostMapping("/inbox/{id}/read")
    @PreAuthorize("isAuthenticated()")
    String read(@PathVariable long id, @RequestParam(defaultValue = "false") boolean open, Actor actor, Locale locale) {
        Inbox.Item item = inbox.markRead(actor, id, locale);
        return open && item.link() != null ? "redirect:" + item.link() : "redirect:/inbox";
    }

    @PostMapping("/inbox/read-all")
    @PreAuthorize("isAuthenticated()")
    String readAll(Actor actor) {
        inbox.markAllRead(actor);
        return "redirect:/inbox";
    }
}
