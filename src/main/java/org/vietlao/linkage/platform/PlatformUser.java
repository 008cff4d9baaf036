package org.vietlao.linkage.platform;

import java.util.Collection;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.Role;

/**
 * A signed-in person: roles, the organisation they act for and, for border officers, their gate pairs.
 */
record PlatformUser(
        long id,
        String username,
        String passwordHash,
        String displayName,
        Long organisationId,
        String organisationName,
        boolean enabled,
        Set<Role> roles,
        Set<String> gatePairIds)
        implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream()
                .map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** The person as the modules see them, with the enterprises their organisation owns at this moment. */
    Actor actor(Set<Long> enterpriseIds) {
        return new Actor(id, username, displayName, roles, organisationId, enterpriseIds, gatePairIds);
    }
}
