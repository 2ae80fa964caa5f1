package org.custodes.identity;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.custodes.organisation.OrganisationService;
import org.custodes.shared.BusinessRuleViolation;
import org.custodes.shared.UserId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts and who is signed in: the identity module's only way in. */
@Service
@Transactional
public class IdentityService {

    private final Accounts accounts;
    private final OrganisationService organisations;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IdentityService(Accounts accounts, OrganisationService organisations, PasswordEncoder passwords,
            ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.passwords = passwords;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('identity:manage-roles')")
    public UserId createAccount(CreateAccount command) {
        organisations.get(command.organisation());
        if (accounts.emailTaken(command.email())) {
            throw new BusinessRuleViolation("identity.email.taken", command.email());
        }
        var id = UUID.randomUUID();
        accounts.insert(id, command.organisation(), command.email().trim(), command.displayName(), command.language(),
                passwords.encode(command.password()), command.roles(), clock.instant());
        events.publishEvent(new AccountCreated(new UserId(id), command.organisation(), command.roles()));
        return new UserId(id);
    }

    /** For other modules that must tell an organisation something: its active accounts' e-mails and languages. */
    @Transactional(readOnly = true)
    public java.util.List<AccountContact> contactsOf(org.custodes.shared.OrganisationId organisation) {
        return accounts.contactsOf(organisation);
    }

    /** The user of the current request, if someone is fully signed in. */
    @Transactional(readOnly = true)
    public Optional<SignedInUser> currentUser() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }
}
