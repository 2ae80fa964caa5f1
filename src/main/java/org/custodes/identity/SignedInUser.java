package org.custodes.identity;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.custodes.shared.Actor;
import org.custodes.shared.Language;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal of a signed-in session: who, from which organisation, in which language, allowed to do what. */
public final class SignedInUser implements UserDetails, CredentialsContainer, Serializable, Actor {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UserId id;
    private final OrganisationId organisation;
    private final String email;
    private final String displayName;
    private final Language language;
    private final Set<Role> roles;
    private final Set<String> permissions;
    private final boolean enabled;
    private @Nullable String passwordHash;

    public SignedInUser(UserId id, OrganisationId organisation, String email, String displayName, Language language,
            Set<Role> roles, Set<String> permissions, boolean enabled, @Nullable String passwordHash) {
        this.id = id;
        this.organisation = organisation;
        this.email = email;
        this.displayName = displayName;
        this.language = language;
        this.roles = Set.copyOf(roles);
        this.permissions = Set.copyOf(permissions);
        this.enabled = enabled;
        this.passwordHash = passwordHash;
    }

    public UserId id() {
        return id;
    }

    public OrganisationId organisation() {
        return organisation;
    }

    @Override
    public UserId userId() {
        return id;
    }

    @Override
    public OrganisationId organisationId() {
        return organisation;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public Language language() {
        return language;
    }

    public Set<Role> roles() {
        return roles;
    }

    public Set<String> permissions() {
        return permissions;
    }

    @Override
    public boolean can(String permission) {
        return permissions.contains(permission);
    }

    public boolean secondFactorRequired() {
        return roles.stream().anyMatch(Role.SECOND_FACTOR_REQUIRED::contains);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        var authorities = new java.util.ArrayList<GrantedAuthority>();
        permissions.forEach(p -> authorities.add(new SimpleGrantedAuthority(p)));
        roles.forEach(r -> authorities.add(new SimpleGrantedAuthority(r.authority())));
        return List.copyOf(authorities);
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
