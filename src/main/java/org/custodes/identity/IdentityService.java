package org.custodes.identity;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.custodes.identity.account.AccountAdministration;
import org.custodes.identity.account.AccountCreated;
import org.custodes.identity.account.Accounts;
import org.custodes.identity.apitoken.ApiTokenDesk;
import org.custodes.identity.invitation.InvitationDesk;
import org.custodes.identity.passwordreset.PasswordResetDesk;
import org.custodes.identity.signin.AccountSecurityDesk;
import org.custodes.identity.singlesignon.SingleSignOnDesk;
import org.custodes.organisation.OrganisationService;
import org.custodes.shared.Actor;
import org.custodes.shared.BusinessRuleViolation;
import org.custodes.shared.Language;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.PageQuery;
import org.custodes.shared.PageResult;
import org.custodes.shared.UserId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
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
    private final InvitationDesk invitations;
    private final AccountAdministration administration;
    private final PasswordResetDesk passwordResets;
    private final ApiTokenDesk apiTokens;
    private final AccountSecurityDesk accountSecurity;
    private final SingleSignOnDesk singleSignOn;

    IdentityService(Accounts accounts, OrganisationService organisations, PasswordEncoder passwords,
            ApplicationEventPublisher events, Clock clock, InvitationDesk invitations,
            AccountAdministration administration, PasswordResetDesk passwordResets, ApiTokenDesk apiTokens,
            AccountSecurityDesk accountSecurity, SingleSignOnDesk singleSignOn) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.passwords = passwords;
        this.events = events;
        this.clock = clock;
        this.invitations = invitations;
        this.administration = administration;
        this.passwordResets = passwordResets;
        this.apiTokens = apiTokens;
        this.accountSecurity = accountSecurity;
        this.singleSignOn = singleSignOn;
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

    /** The account registered with an e-mail address, for the secretariat seating a person (e.g. a director). */
    @PreAuthorize("hasAuthority('identity:manage-roles')")
    @Transactional(readOnly = true)
    public Optional<UserId> accountWithEmail(String email) {
        return accounts.findByEmail(email).map(SignedInUser::userId);
    }

    /** For other modules that must tell an organisation something: its active accounts' e-mails and languages. */
    @Transactional(readOnly = true)
    public java.util.List<AccountContact> contactsOf(org.custodes.shared.OrganisationId organisation) {
        return accounts.contactsOf(organisation);
    }

    /** The active accounts of the signed-in person's own organisation, by name: to choose a team among colleagues. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AccountSummary> colleagues() {
        return invitations.colleagues(Actor.current().map(Actor::organisationId)
                .orElseThrow(() -> new AccessDeniedException("not signed in")));
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

    // Accounts administration: invitations, roles and status, password reset, personal API tokens.

    /** Invites a person by e-mail to join an organisation with roles that fit its kind. */
    @PreAuthorize("hasAuthority('identity:invite')")
    public InvitationId invite(InvitePerson command) {
        return invitations.invite(command);
    }

    @PreAuthorize("hasAuthority('identity:invite')")
    public void revokeInvitation(OrganisationId organisation, InvitationId invitation) {
        invitations.revoke(organisation, invitation);
    }

    @PreAuthorize("hasAuthority('identity:invite')")
    @Transactional(readOnly = true)
    public OrganisationUsers organisationUsers(OrganisationId organisation) {
        return invitations.users(organisation);
    }

    /** For the public acceptance page: the invitation behind a link, if the link can still be used. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<InvitationDetails> openInvitation(String token) {
        return invitations.open(token);
    }

    /** The invited person creates their account; the link itself is the authority, so no permission applies. */
    @PreAuthorize("permitAll()")
    public UserId acceptInvitation(AcceptInvitation command) {
        return invitations.accept(command);
    }

    @PreAuthorize("hasAuthority('identity:manage-roles')")
    public void changeRoles(UserId account, Set<Role> roles) {
        administration.changeRoles(account, roles);
    }

    @PreAuthorize("hasAuthority('identity:manage-roles')")
    public void disableAccount(UserId account) {
        administration.disable(account);
    }

    @PreAuthorize("hasAuthority('identity:manage-roles')")
    public void enableAccount(UserId account) {
        administration.enable(account);
    }

    /** E-mails a reset link if the address belongs to an active account; says nothing either way. */
    @PreAuthorize("permitAll()")
    public void requestPasswordReset(String email) {
        passwordResets.request(email);
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public boolean passwordResetUsable(String token) {
        return passwordResets.usable(token);
    }

    @PreAuthorize("permitAll()")
    public void resetPassword(String token, String newPassword) {
        passwordResets.reset(token, newPassword);
    }

    /** Creates a personal API token for the signed-in person; the result carries the secret, shown once. */
    @PreAuthorize("isAuthenticated()")
    public IssuedApiToken createApiToken(CreateApiToken command) {
        return apiTokens.create(signedIn(), command);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public PageResult<ApiTokenSummary> apiTokens(PageQuery page) {
        return apiTokens.list(signedIn(), page);
    }

    @PreAuthorize("isAuthenticated()")
    public void revokeApiToken(ApiTokenId token) {
        apiTokens.revoke(signedIn(), token);
    }

    private UserId signedIn() {
        return Actor.current().map(Actor::userId).orElseThrow(() -> new AccessDeniedException("No person signed in"));
    }

    public boolean secondFactorEnabled(UserId account) {
        return accountSecurity.secondFactorEnabled(account);
    }

    public SecondFactorStatus secondFactorStatus(UserId account) {
        return accountSecurity.secondFactorStatus(account);
    }

    /** A new authenticator secret for the account, shown until a code from it confirms it. */
    public SecondFactorEnrolment enrolment(UserId account, String email) {
        return accountSecurity.enrolment(account, email);
    }

    /** The recovery codes, shown once, when the code confirms the enrolment; empty when it does not. */
    public Optional<List<String>> confirmEnrolment(UserId account, String code) {
        return accountSecurity.confirmEnrolment(account, code);
    }

    public void disableSecondFactor(SignedInUser user) {
        accountSecurity.disableSecondFactor(user);
    }

    public List<String> regenerateRecoveryCodes(UserId account) {
        return accountSecurity.regenerateRecoveryCodes(account);
    }

    /** A typed code, throttled per client and counted towards the account's lock-out when wrong. */
    public SecondFactorVerification verifyCode(UserId account, String code, String clientAddress, boolean recoveryCodeAllowed) {
        return accountSecurity.verifyCode(account, code, clientAddress, recoveryCodeAllowed);
    }

    /** Turns the partial sign-in into a full one; false when the account may no longer sign in. */
    public boolean completeSignIn(PendingSignIn pending, HttpServletRequest request, HttpServletResponse response) {
        return accountSecurity.completeSignIn(pending, request, response);
    }

    /** The account's language, changed in the account and in the signed-in session at once. */
    public void changeLanguage(SignedInUser user, Language language, HttpServletRequest request, HttpServletResponse response) {
        accountSecurity.changeLanguage(user, language, request, response);
    }

    /** Whether another password reset may be asked for this address from this client just now. */
    public boolean passwordResetAllowed(String email, String clientAddress) {
        return accountSecurity.passwordResetAllowed(email, clientAddress);
    }

    // Single sign-on with the organisation's identity provider.

    /** The provider's name for the "Sign in with …" button; empty when single sign-on is off. */
    @PreAuthorize("permitAll()")
    public Optional<String> singleSignOnProvider() {
        return singleSignOn.providerName();
    }

    /** The links of provider identities to accounts that wait for an administrator's decision, oldest first. */
    @PreAuthorize("hasAuthority('identity:manage-roles')")
    @Transactional(readOnly = true)
    public List<ExternalIdentityLink> externalIdentityLinks(ExternalIdentityLink.Status status) {
        return singleSignOn.links(status);
    }

    /** Approves or refuses a pending link; approved, the next sign-in with the provider signs the account in. */
    @PreAuthorize("hasAuthority('identity:manage-roles')")
    public void decideExternalIdentityLink(UUID link, boolean approve) {
        singleSignOn.decide(link, approve ? ExternalIdentityLink.Status.APPROVED : ExternalIdentityLink.Status.REFUSED, signedIn());
    }
}
