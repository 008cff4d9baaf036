package org.vietlao.linkage.platform;

import java.util.Collection;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.vietlao.linkage.shared.Actor;

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
        implements UserDetails, Actor {

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

    @Override
    public Set<String> roleNames() {
        return roles.stream().map(Role::name).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }
}
