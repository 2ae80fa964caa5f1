package org.custodes.complaint;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.custodes.organisation.OrganisationService;
import org.custodes.shared.Actor;
import org.custodes.shared.CountryCode;
import org.custodes.shared.Language;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.core.annotation.Order;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo complaints in several states against the demo companies, filed and handled through the facade. It runs
 * once the application is ready, that is after every runner (the demo organisations included), and only on an
 * empty complaint table. Receipts of demo cases are discarded, never printed.
 */
@Component
@ConditionalOnProperty(name = "custodes.demo.enabled", havingValue = "true")
class DemoComplaints {

    private static final Logger log = LoggerFactory.getLogger(DemoComplaints.class);

    private record SystemActor(UserId userId, OrganisationId organisationId) implements Actor {
        @Override
        public boolean can(String permission) {
            return true;
        }
    }

    private final ComplaintService complaints;
    private final OrganisationService organisations;
    private final JdbcClient jdbc;

    DemoComplaints(ComplaintService complaints, OrganisationService organisations, JdbcClient jdbc) {
        this.complaints = complaints;
        this.organisations = organisations;
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(30) // demo loaders run in dependency order: contacts, membership, certification, complaints
    void load() {
        var aegis = organisations.findByLegalName("Aegis Shield Security Ltd");
        var kilimanjaro = organisations.findByLegalName("Kilimanjaro Guarding Company Ltd");
        var existing = jdbc.sql("select count(*) from complaint.complaint_case").query(Long.class).single();
        if (existing > 0 || aegis.isEmpty() || kilimanjaro.isEmpty()) {
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new SystemActor(new UserId(new UUID(0, 1)), aegis.get().id()), null,
                AuthorityUtils.createAuthorityList("complaint:handle", "complaint:intake")));
        SecurityContextHolder.setContext(context);
        try {
            var a = aegis.get().id();
            var k = kilimanjaro.get().id();
            file(a, ComplaintCategory.USE_OF_FORCE, "KE", "Guards at the Nairobi depot beat two men who were waiting for work.",
                    ContactPreference.ANONYMOUS);
            var acknowledged = file(k, ComplaintCategory.WAGES_HOURS_CONTRACTS, "TZ",
                    "We worked 12-hour shifts for three months and were paid for eight hours.", ContactPreference.CONFIDENTIAL);
            complaints.acknowledge(acknowledged);
            var inProcess = file(a, ComplaintCategory.DETENTION, "IQ",
                    "A convoy team held my brother at a checkpoint overnight without telling anyone.", ContactPreference.CONFIDENTIAL);
            complaints.classify(inProcess, true, Set.of(33, 34));
            complaints.acknowledge(inProcess);
            complaints.assessAdmissibility(inProcess, true, true, ComplaintType.HARM, null);
            complaints.choosePath(inProcess, ResolutionPath.COMPANY_MECHANISM,
                    "A person reports being held overnight at a checkpoint staffed by your convoy team in Iraq.");
            var notAdmissible = file(k, ComplaintCategory.OTHER, "UG", "The guard at my building is rude.", ContactPreference.OPEN);
            complaints.acknowledge(notAdmissible);
            complaints.assessAdmissibility(notAdmissible, true, false, ComplaintType.HARM,
                    "Rudeness alone is not a violation of the Code. You may raise it with the building manager.");
            complaints.close(notAdmissible);
            log.info("Demo complaints loaded: 4 cases against the demo companies");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private ComplaintId file(OrganisationId company, ComplaintCategory category, String country, String text,
            ContactPreference contact) {
        var identity = contact.givesIdentity() ? new ComplainantIdentity("Demo Complainant", "complainant@example.org", null, null) : null;
        var receipt = complaints.submit(new SubmitComplaint(Channel.ONLINE, ComplainantRole.AFFECTED_PERSON, contact, identity,
                company, category, new CountryCode(country), new ComplaintNarrative(null, text, "Earlier this year", null,
                        null, GrievanceRaised.NOT_SURE, null, "An apology and compensation"), Language.EN, List.of()), null);
        return new ComplaintId(jdbc.sql("select id from complaint.complaint_case where reference = :r")
                .param("r", receipt.receipt().reference().value()).query(UUID.class).single());
    }
}
