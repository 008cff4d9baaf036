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
     * The country (VN or LA) of an organisation; empty for an unknown one. How a module learns which country an
     * actor works for (a coordinator's contact point, say) without a country in {@link Actor}.
     */
    java.util.Optional<String> countryOfOrganisation(long organisationId);

    /**
     * A user as a notice needs them.
     *
     * @param language the preferred language (en, vi, lo)
     * @param email where to send e-mail, {@code null} for none
     */
    record User(String username, String displayName, String language, String email) {}
}
