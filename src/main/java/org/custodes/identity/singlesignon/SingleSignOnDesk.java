package org.custodes.identity.singlesignon;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.custodes.identity.ExternalIdentityLink;
import org.custodes.identity.SignedInUser;
import org.custodes.identity.account.Accounts;
import org.custodes.identity.signin.SecurityEvents;
import org.custodes.shared.BusinessRuleViolation;
import org.custodes.shared.NotFound;
import org.custodes.shared.UserId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Single sign-on behind {@link IdentityService} and the sign-in handler: decides on each sign-in with the provider
 * (recording a link request when a verified e-mail matches a staff account), and lets an administrator approve or
 * refuse the links waiting. Every request, decision and sign-in is audited.
 */
@Component
public class SingleSignOnDesk {

    /** One sign-in with the provider, as the ID token tells it. */
    record ProviderIdentity(String issuer, String subject, String email, boolean emailVerified, Collection<String> groups) {
    }

    private final SingleSignOnSettings settings;
    private final SingleSignOnPolicy policy;
    private final ExternalIdentities links;
    private final Accounts accounts;
    private final SecurityEvents events;
    private final Clock clock;

    SingleSignOnDesk(SingleSignOnSettings settings, ExternalIdentities links, Accounts accounts, SecurityEvents events,
            Clock clock) {
        this.settings = settings;
        this.policy = new SingleSignOnPolicy(settings.roleGroups());
        this.links = links;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    String roleClaim() {
        return settings.roleClaim();
    }

    /** The provider's name for the sign-in button, when single sign-on is on. */
    public Optional<String> providerName() {
        return settings.enabled() ? Optional.of(settings.name()) : Optional.empty();
    }

    @Transactional
    SingleSignOnPolicy.Decision signIn(ProviderIdentity identity) {
        var link = links.find(identity.issuer(), identity.subject());
        var linked = link.flatMap(l -> accounts.findById(l.account()));
        var byEmail = link.isPresent() || identity.email() == null ? Optional.<SignedInUser>empty()
                : accounts.findByEmail(identity.email());
        var decision = policy.decide(link.map(ExternalIdentities.Stored::status), linked, byEmail,
                identity.emailVerified(), identity.groups());
        switch (decision) {
            case SingleSignOnPolicy.Refused refused -> {
                var account = linked.or(() -> byEmail).map(SignedInUser::id).orElse(null);
                events.publish(new SingleSignOnRefused(account, identity.issuer(), identity.subject(), refused.reason().name()));
            }
            case SingleSignOnPolicy.AwaitingApproval waiting when waiting.request() -> {
                var id = UUID.randomUUID();
                if (links.request(id, identity.issuer(), identity.subject(), waiting.account().id(), identity.email(),
                        clock.instant())) {
                    events.publish(new ExternalIdentityLinkRequested(id, waiting.account().id(), identity.issuer(),
                            identity.subject()));
                }
            }
            case SingleSignOnPolicy.AwaitingApproval waiting -> {
                // Already requested: the administrator has it on their list.
            }
            case SingleSignOnPolicy.Accepted accepted -> {
                // Published by the handler, which knows whether the provider's second factor counts.
            }
        }
        return decision;
    }

    void accepted(SignedInUser account, ProviderIdentity identity, boolean providerSecondFactor) {
        events.publish(new SingleSignOnAccepted(account.id(), identity.issuer(), identity.subject(), providerSecondFactor));
    }

    void failed(String reason) {
        events.publish(new SingleSignOnRefused(null, settings.issuer(), "unknown", reason));
    }

    /** Whether the ID token's authentication methods count as a second factor we may trust instead of ours. */
    boolean providerSecondFactor(Collection<String> authenticationMethods) {
        return settings.providerSecondFactor(authenticationMethods);
    }

    @Transactional(readOnly = true)
    public List<ExternalIdentityLink> links(ExternalIdentityLink.Status status) {
        return links.withStatus(status);
    }

    @Transactional
    public void decide(UUID link, ExternalIdentityLink.Status decision, UserId by) {
        if (decision == ExternalIdentityLink.Status.PENDING) {
            throw new IllegalArgumentException("A decision approves or refuses");
        }
        var stored = links.find(link).orElseThrow(() -> new NotFound("identity.sso.link", link));
        if (stored.status() != ExternalIdentityLink.Status.PENDING || !links.decide(stored, decision, by, clock.instant())) {
            throw new BusinessRuleViolation("identity.sso.link.decided");
        }
        events.publish(new ExternalIdentityLinkDecided(link, stored.account(), decision, by));
    }
}
