package org.custodes.membership;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.custodes.identity.CreateAccount;
import org.custodes.identity.IdentityService;
import org.custodes.identity.Role;
import org.custodes.membership.application.ApplicationForm;
import org.custodes.membership.application.ApplicationStep;
import org.custodes.organisation.OrganisationKind;
import org.custodes.organisation.OrganisationService;
import org.custodes.organisation.RegisterOrganisation;
import org.custodes.organisation.SecurityService;
import org.custodes.shared.CountryCode;
import org.custodes.shared.Language;
import org.custodes.shared.OrganisationId;

/**
 * Organisations, accounts and complete applications for integration tests; every name is unique. Public for the
 * journeys of other modules that need a member company.
 */
public final class MembershipFixtures {

    private MembershipFixtures() {
    }

    static OrganisationId company(OrganisationService organisations) {
        return MembershipActors.system("organisation:manage").call(() -> organisations.register(new RegisterOrganisation(
                OrganisationKind.COMPANY, "Test Guarding " + UUID.randomUUID(), "Test Guarding", new CountryCode("KE"),
                Set.of(new CountryCode("KE")), Set.of(SecurityService.STATIC_GUARDING), null)));
    }

    static String account(IdentityService identity, OrganisationId organisation, Language language) {
        var email = "member-" + UUID.randomUUID() + "@example.org";
        MembershipActors.system("identity:manage-roles").run(() -> identity.createAccount(new CreateAccount(organisation, email,
                "Test Member", language, "Correct-Horse-Battery-9", Set.of(Role.COMPANY_REPRESENTATIVE))));
        return email;
    }

    static ApplicationForm completeCompanyForm() {
        return new ApplicationForm("Ignored", "Short", "KE", "https://example.org", "Wanjiku Kamau", "wanjiku@example.org",
                Set.of(SecurityService.STATIC_GUARDING), Set.of("KE", "UG"), "PVT-123", "Registrar of Companies, Nairobi",
                "Founders 100%", true, "We respect human rights.", "Hotline and e-mail, investigated within 30 days.",
                "https://example.org/grievance", "Training, vetting and audits over 18 months.", "ACME Mining, ops@acme.example",
                "Wanjiku Kamau", "Managing Director", LocalDate.of(2026, 1, 5), true);
    }

    /** Starts, fills every step and submits an application as the organisation's own user. */
    static ApplicationId submittedApplication(MembershipService membership, OrganisationId organisation) {
        var applicant = MembershipActors.applicant(organisation);
        return applicant.call(() -> {
            var id = membership.startApplication().id();
            for (var step : ApplicationStep.values()) {
                membership.saveStep(id, step, completeCompanyForm());
            }
            membership.submit(id);
            return id;
        });
    }

    /** A company admitted by the Board today, through the whole application journey. */
    public static OrganisationId admittedCompany(MembershipService membership, OrganisationService organisations,
            java.time.Clock clock) {
        var organisation = company(organisations);
        var id = submittedApplication(membership, organisation);
        recommend(membership, id);
        MembershipActors.board().run(() -> membership.decide(id, true, "Meets every requirement", LocalDate.now(clock),
                "BD-" + UUID.randomUUID().toString().substring(0, 8)));
        return organisation;
    }

    /** A new company's application, checked and recommended by the secretariat: it awaits the Board's decision. */
    public static ApplicationId recommendedApplication(MembershipService membership, OrganisationService organisations) {
        var id = submittedApplication(membership, company(organisations));
        recommend(membership, id);
        return id;
    }

    private static void recommend(MembershipService membership, ApplicationId id) {
        MembershipActors.secretariat().run(() -> {
            var items = new java.util.HashMap<String, Boolean>();
            membership.application(id).checklist().forEach(item -> items.put(item.key(), true));
            membership.checkItems(id, items);
            membership.recommend(id, true, "All verified");
        });
    }
}
