package org.custodes.identity.singlesignon;

import java.time.Clock;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.custodes.identity.ExternalIdentityLink;
import org.custodes.identity.account.Accounts;

/**
 * Demo links to an identity provider, one in each state the administrator's page shows: the secretariat officer's
 * waiting for a decision, the Board member's approved. They name a provider that does not exist, so they sign no one
 * in; they show the page, nothing more.
 */
@Component
@ConditionalOnProperty(name = "custodes.demo.enabled", havingValue = "true")
class DemoSingleSignOn {

    static final String DEMO_ISSUER = "https://login.demo-provider.custodes.example";
    private static final Logger log = LoggerFactory.getLogger(DemoSingleSignOn.class);

    private final Accounts accounts;
    private final ExternalIdentities links;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoSingleSignOn(Accounts accounts, ExternalIdentities links, TransactionTemplate transaction, Clock clock) {
        this.accounts = accounts;
        this.links = links;
        this.transaction = transaction;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(40)
    void load(ApplicationReadyEvent ready) {
        transaction.executeWithoutResult(status -> {
            link("officer@custodes.example", "demo-officer", false);
            link("board@custodes.example", "demo-board", true);
        });
    }

    private void link(String email, String subject, boolean approve) {
        var account = accounts.findByEmail(email);
        if (account.isEmpty() || links.find(DEMO_ISSUER, subject).isPresent()) {
            return;
        }
        var admin = accounts.findByEmail("admin@custodes.example").orElseThrow();
        links.request(UUID.randomUUID(), DEMO_ISSUER, subject, account.get().id(), email, clock.instant());
        if (approve) {
            links.decide(links.find(DEMO_ISSUER, subject).orElseThrow(), ExternalIdentityLink.Status.APPROVED, admin.id(),
                    clock.instant());
        }
        log.info("Demo single sign-on link of {}: {}", email, approve ? "approved" : "pending");
    }
}
