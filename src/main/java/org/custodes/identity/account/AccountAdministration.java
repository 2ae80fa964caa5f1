package org.custodes.identity.account;

import java.util.Set;

import org.custodes.identity.Role;
import org.custodes.identity.RolesNotAllowed;
import org.custodes.identity.signin.SessionRevocation;
import org.custodes.organisation.OrganisationService;
import org.custodes.shared.BusinessRuleViolation;
import org.custodes.shared.NotFound;
import org.custodes.shared.UserId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Roles and status of existing accounts. Every change ends the person's sessions, so that what they may do is
 * decided again at their next sign-in; API tokens read the account's current roles and status on every request.
 */
@Component
public class AccountAdministration {

    private final ManagedAccounts accounts;
    private final OrganisationService organisations;
    private final SessionRevocation sessions;
    private final ApplicationEventPublisher events;

    AccountAdministration(ManagedAccounts accounts, OrganisationService organisations, SessionRevocation sessions,
            ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.sessions = sessions;
        this.events = events;
    }

    public void changeRoles(UserId id, Set<Role> roles) {
        var account = accounts.find(id).orElseThrow(() -> new NotFound("account", id));
        if (Caller.is(id)) {
            throw new RolesNotAllowed("identity.roles.not-own");
        }
        RolePolicy.check(organisations.get(account.organisation()).kind(), roles);
        if (account.roles().equals(roles)) {
            return;
        }
        accounts.replaceRoles(id, roles);
        sessions.endAll(account.email());
        events.publishEvent(new RolesChanged(id, account.roles(), Set.copyOf(roles), Caller.id()));
    }

    public void disable(UserId id) {
        var account = accounts.find(id).orElseThrow(() -> new NotFound("account", id));
        if (Caller.is(id)) {
            throw new BusinessRuleViolation("identity.account.not-own");
        }
        if (!account.active()) {
            return;
        }
        accounts.setActive(id, false);
        sessions.endAll(account.email());
        events.publishEvent(new AccountDisabled(id, Caller.id()));
    }

    public void enable(UserId id) {
        var account = accounts.find(id).orElseThrow(() -> new NotFound("account", id));
        if (account.active()) {
            return;
        }
        accounts.setActive(id, true);
        events.publishEvent(new AccountEnabled(id, Caller.id()));
    }
}
