package org.custodes.identity.invitation;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.custodes.identity.AcceptInvitation;
import org.custodes.identity.AccountSummary;
import org.custodes.identity.InvitationDetails;
import org.custodes.identity.InvitationId;
import org.custodes.identity.InvitePerson;
import org.custodes.identity.LinkUnusable;
import org.custodes.identity.OrganisationUsers;
import org.custodes.identity.Role;
import org.custodes.identity.RolesNotAllowed;
import org.custodes.identity.account.AccountCreated;
import org.custodes.identity.account.Accounts;
import org.custodes.identity.account.Caller;
import org.custodes.identity.account.ManagedAccounts;
import org.custodes.identity.account.PasswordPolicy;
import org.custodes.identity.account.RolePolicy;
import org.custodes.identity.security.SecretToken;
import org.custodes.notification.NotificationService;
import org.custodes.notification.OutgoingMessage;
import org.custodes.organisation.OrganisationService;
import org.custodes.shared.BusinessRuleViolation;
import org.custodes.shared.NotFound;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.UserId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Invitations from issue to acceptance. Runs inside the facade's transaction, so the account, the used invitation,
 * the outbox message and the events commit together or not at all.
 */
@Component
public class InvitationDesk {

    public static final String TEMPLATE = "identity/invitation";

    private final Invitations invitations;
    private final Accounts accounts;
    private final ManagedAccounts managed;
    private final OrganisationService organisations;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder passwords;
    private final NotificationService notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String baseUrl;

    InvitationDesk(Invitations invitations, Accounts accounts, ManagedAccounts managed,
            OrganisationService organisations, PasswordPolicy passwordPolicy, PasswordEncoder passwords,
            NotificationService notifications, ApplicationEventPublisher events, Clock clock,
            @Value("${custodes.base-url}") String baseUrl) {
        this.invitations = invitations;
        this.accounts = accounts;
        this.managed = managed;
        this.organisations = organisations;
        this.passwordPolicy = passwordPolicy;
        this.passwords = passwords;
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    public InvitationId invite(InvitePerson command) {
        var organisation = organisations.get(command.organisation());
        RolePolicy.check(organisation.kind(), command.roles());
        // Inviting an administrator would let an officer grant what only an administrator may grant.
        if (command.roles().contains(Role.SECRETARIAT_ADMIN) && !Caller.holds("identity:manage-roles")) {
            throw new RolesNotAllowed("identity.roles.beyond-caller");
        }
        var now = clock.instant();
        if (accounts.emailTaken(command.email())) {
            throw new BusinessRuleViolation("identity.email.taken", command.email());
        }
        if (invitations.pendingFor(command.email(), now)) {
            throw new BusinessRuleViolation("identity.invitation.pending", command.email());
        }
        var token = SecretToken.generate("");
        var invitation = new Invitation(UUID.randomUUID(), organisation.id(), command.email(), command.displayName(),
                command.language(), command.roles(), now, now.plus(Invitation.VALIDITY), null, null);
        invitations.insert(invitation, SecretToken.hash(token), Caller.id());
        notifications.send(new OutgoingMessage(command.email(), command.language(), TEMPLATE, Map.of(
                "name", command.displayName(),
                "organisation", organisation.legalName(),
                "link", baseUrl + "/invitations/accept?token=" + URLEncoder.encode(token, StandardCharsets.US_ASCII))));
        var id = new InvitationId(invitation.id());
        events.publishEvent(new InvitationIssued(id, organisation.id(), command.roles(), Caller.id()));
        return id;
    }

    public Optional<InvitationDetails> open(String token) {
        return usable(token).map(invitation -> new InvitationDetails(invitation.organisation(),
                organisations.get(invitation.organisation()).legalName(), invitation.email(),
                invitation.displayName(), invitation.language(), invitation.roles()));
    }

    public UserId accept(AcceptInvitation command) {
        var invitation = usable(command.token()).orElseThrow(LinkUnusable::new);
        passwordPolicy.check(command.password(), invitation.email());
        if (accounts.emailTaken(invitation.email())) {
            throw new BusinessRuleViolation("identity.email.taken", invitation.email());
        }
        var organisation = organisations.get(invitation.organisation());
        RolePolicy.check(organisation.kind(), invitation.roles());
        var now = clock.instant();
        var account = new UserId(UUID.randomUUID());
        accounts.insert(account.value(), invitation.organisation(), invitation.email(), command.displayName().strip(),
                invitation.language(), passwords.encode(command.password()), invitation.roles(), now);
        if (!invitations.markAccepted(invitation.id(), account, now)) {
            throw new LinkUnusable(); // a concurrent request used it first; this transaction rolls back
        }
        events.publishEvent(new AccountCreated(account, invitation.organisation(), invitation.roles()));
        events.publishEvent(new InvitationAccepted(new InvitationId(invitation.id()), invitation.organisation(), account));
        return account;
    }

    public void revoke(OrganisationId organisation, InvitationId invitation) {
        if (!invitations.revoke(invitation, organisation, clock.instant())) {
            throw new NotFound("invitation", invitation);
        }
        events.publishEvent(new InvitationRevoked(invitation, organisation, Caller.id()));
    }

    public List<AccountSummary> colleagues(OrganisationId id) {
        return managed.ofOrganisation(id).stream().filter(AccountSummary::active).toList();
    }

    public OrganisationUsers users(OrganisationId id) {
        var organisation = organisations.get(id);
        return new OrganisationUsers(organisation, managed.ofOrganisation(id),
                invitations.pending(id, clock.instant()).stream().map(Invitation::toSummary).toList(),
                RolePolicy.allowedFor(organisation.kind()));
    }

    private Optional<Invitation> usable(String token) {
        if (!SecretToken.wellFormed(token, "")) {
            return Optional.empty();
        }
        return invitations.findByTokenHash(SecretToken.hash(token)).filter(i -> i.usableAt(clock.instant()));
    }
}
