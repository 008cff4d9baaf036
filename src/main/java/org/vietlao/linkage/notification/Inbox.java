package org.vietlao.linkage.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.EntityChanged;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.NoticeRaised;
import org.vietlao.linkage.shared.UnreadNotices;
import org.vietlao.linkage.shared.UserDirectory;

/**
 * Delivers notices to each addressed user's inbox (and by e-mail where a mail server is configured), and lets
 * each user read and mark read their own, never anyone else's. Every stored notice and every read mark is
 * audited.
 */
@Service
class Inbox implements UnreadNotices {

    static final String ENTITY = "notification";
    static final int MAX_PAGE_SIZE = 100;

    private final Notifications notifications;
    private final UserDirectory users;
    private final StoredText texts;
    private final InboxMail mail;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Inbox(
            Notifications notifications,
            UserDirectory users,
            StoredText texts,
            InboxMail mail,
            ApplicationEventPublisher events,
            Clock clock) {
        this.notifications = notifications;
        this.users = users;
        this.texts = texts;
        this.mail = mail;
        this.events = events;
        this.clock = clock;
    }

    /** Stores the notice once for every enabled user it addresses; answers how many were told. */
    @Transactional
    int deliver(NoticeRaised notice) {
        Map<String, UserDirectory.User> recipients = new LinkedHashMap<>();
        users.withUsernames(notice.usernames()).forEach(user -> recipients.put(user.username(), user));
        notice.organisationIds().stream()
                .sorted()
                .flatMap(org -> users.ofOrganisation(org).stream())
                .forEach(user -> recipients.putIfAbsent(user.username(), user));
        String args = texts.argsOf(notice.text());
        Instant now = clock.instant();
        for (UserDirectory.User user : recipients.values()) {
            long id = notifications.insert(
                    user.username(), notice.kind(), notice.text().key(), args, notice.link(), now);
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("recipient", user.username());
            values.put("kind", notice.kind());
            values.put("messageKey", notice.text().key());
            values.put("link", notice.link());
            events.publishEvent(EntityChanged.created(ENTITY, id, values));
            if (mail.send(user, notice.text().key(), args, notice.link())) {
                notifications.markEmailed(id, now);
            }
        }
        return recipients.size();
    }

    @Transactional(readOnly = true)
    Page page(Actor reader, int page, int size, Locale locale) {
        int limit = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int number = Math.max(0, page);
        List<Item> items = notifications.page(reader.username(), number, limit).stream()
                .map(stored -> item(stored, locale))
                .toList();
        return new Page(
                items, number, limit, notifications.count(reader.username()), notifications.unread(reader.username()));
    }

    @Override
    @Transactional(readOnly = true)
    public long unread(Actor reader) {
        return notifications.unread(reader.username());
    }

    /** Marks one of the reader's notices read; NTF-001 when the reader has no such notice. */
    @Transactional
    Item markRead(Actor reader, long id, Locale locale) {
        notifications
                .find(id, reader.username())
                .orElseThrow(() -> new BusinessException(ErrorCode.NTF_001, String.valueOf(id)));
        Instant now = clock.instant();
        if (notifications.markRead(id, reader.username(), now)) {
            events.publishEvent(EntityChanged.updated(ENTITY, id, "readAt", null, now));
        }
        return item(notifications.find(id, reader.username()).orElseThrow(), locale);
    }

    /** Marks every unread notice of the reader read; answers how many. */
    @Transactional
    int markAllRead(Actor reader) {
        Instant now = clock.instant();
        List<Long> ids = notifications.markAllRead(reader.username(), now);
        ids.forEach(id -> events.publishEvent(EntityChanged.updated(ENTITY, id, "readAt", null, now)));
        return ids.size();
    }

    private Item item(Notifications.Stored stored, Locale locale) {
        return new Item(
                stored.id(),
                stored.kind(),
                texts.render(stored.key(), stored.args(), locale),
                stored.link(),
                stored.createdAt(),
                stored.readAt(),
                stored.readAt() == null);
    }

    /**
     * A notice as its reader sees it, in their language.
     *
     * @param text the translated text
     * @param link the page to act on it, {@code null} for none
     */
    record Item(long id, String kind, String text, String link, Instant createdAt, Instant readAt, boolean unread) {}

    record Page(List<Item> items, int page, int size, long total, long unread) {}
}
