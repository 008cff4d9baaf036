package org.vietlao.linkage.shared;

import java.util.Set;

/**
 * Something happened that people should hear of in their inbox. Any module may publish it (the notification
 * module listens); the text is a {@link Label}, translated when each reader reads it.
 *
 * @param usernames people to tell by username
 * @param organisationIds organisations whose every enabled user is told
 * @param kind what happened, a stable code such as {@code interest-received}
 * @param text what the inbox says
 * @param link the page where the reader acts on it, {@code null} for none
 */
public record NoticeRaised(Set<String> usernames, Set<Long> organisationIds, String kind, Label text, String link) {

    public NoticeRaised {
        usernames = Set.copyOf(usernames);
        organisationIds = Set.copyOf(organisationIds);
    }
}
