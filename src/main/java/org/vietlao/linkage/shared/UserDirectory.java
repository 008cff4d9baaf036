package org.vietlao.linkage.shared;

import java.util.List;

/**
 * Who the platform's users are, as other modules may read them: to address a notice to the people of an
 * organisation, in their language. The platform, which owns the accounts, implements it.
 */
public interface UserDirectory {

    /** The enabled users of the organisation, by username. */
    List<User> ofOrganisation(long organisationId);

    /** The enabled users with these usernames (unknown or disabled ones are left out). */
    List<User> withUsernames(java.util.Collection<String> usernames);

    /**
     * A user as a notice needs them.
     *
     * @param language the preferred language (en, vi, lo)
     * @param email where to send e-mail, {@code null} for none
     */
    record User(String username, String displayName, String language, String email) {}
}
