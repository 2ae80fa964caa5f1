package org.custodes.identity;

import java.util.Set;

import org.custodes.shared.Language;
import org.custodes.shared.OrganisationId;

/** An account for a person of an organisation, with its initial password and roles. */
public record CreateAccount(OrganisationId organisation, String email, String displayName, Language language,
        String password, Set<Role> roles) {

    public CreateAccount {
        roles = Set.copyOf(roles);
    }

    @Override
    public String toString() {
        return "CreateAccount[" + email + ", " + roles + "]";
    }
}
