package org.vietlao.linkage.pilot;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.vietlao.linkage.shared.UserDirectory;

/**
 * The people an evaluation names (its owner, who closed it, its evaluators) as readers know them: by their
 * display names. The evaluation keeps usernames, which are what access is decided on; an account that has
 * since been disabled or removed is shown by its username.
 */
@Component
class People {

    private final UserDirectory directory;

    People(UserDirectory directory) {
        this.directory = directory;
    }

    /** The display name of {@code username}, or the username when the directory has none. */
    String nameOf(String username) {
        return namesOf(List.of(username)).get(username);
    }

    /** Each username with its display name, in the order given. */
    Map<String, String> namesOf(Collection<String> usernames) {
        Map<String, String> names = new LinkedHashMap<>();
        usernames.forEach(username -> names.put(username, username));
        if (!usernames.isEmpty()) {
            for (UserDirectory.User user : directory.withUsernames(names.keySet())) {
                if (user.displayName() != null && !user.displayName().isBlank()) {
                    names.put(user.username(), user.displayName());
                }
            }
        }
        return names;
    }

    /** The display names of {@code usernames}, in their order. */
    List<String> listOf(List<String> usernames) {
        Map<String, String> names = namesOf(usernames);
        return usernames.stream().map(names::get).toList();
    }
}
