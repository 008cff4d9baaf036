package org.vietlao.linkage.notification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vietlao.linkage.shared.Actor;

/**
 * The caller's own inbox over the API: every signed-in user reads and marks read their own notices and no one
 * else's (another user's notice answers NTF-001, as if it did not exist). Texts come in the request's language.
 */
@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifications")
class InboxApiController {

    private final Inbox inbox;

    InboxApiController(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(
            summary = "The caller's notices",
            description = "Newest first, translated into the request's language (Accept-Language). "
                    + "page from 0, size 1 to 100 (default 20).")
    Inbox.Page list(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            Actor actor,
            Locale locale) {
        return inbox.page(actor, page, size, locale);
    }

    @GetMapping("/unread-count")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "How many of the caller's notices are unread")
    Map<String, Long> unreadCount(Actor actor) {
        return Map.of("unread", inbox.unread(actor));
    }

    @PostMapping("/{id}/read")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Mark one of the caller's notices read", description = "Audited. Reading twice is harmless.")
    @ApiResponse(responseCode = "404", description = "NTF-001: no such notice in the caller's inbox")
    Inbox.Item markRead(@PathVariable long id, Actor actor, Locale locale) {
        return inbox.markRead(actor, id, locale);
    }

    @PostMapping("/read-all")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Mark every unread notice of the caller read", description = "Audited, one entry per notice.")
    Map<String, Integer> markAllRead(Actor actor) {
        return Map.of("marked", inbox.markAllRead(actor));
    }
}
