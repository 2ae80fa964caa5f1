package org.custodes.membership.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.custodes.membership.ApplicationId;
import org.custodes.membership.Lifecycle;
import org.custodes.membership.MembershipAccess;
import org.custodes.membership.MembershipApplicationDetails;
import org.custodes.membership.MembershipApplicationStatus;
import org.custodes.membership.MembershipApplicationSummary;
import org.custodes.membership.MembershipDecision;
import org.custodes.membership.MembershipPillar;
import org.custodes.membership.MembershipRuleViolation;
import org.custodes.membership.MembershipSettings;
import org.custodes.membership.MembershipStatus;
import org.custodes.membership.dues.Dues;
import org.custodes.organisation.OrganisationService;
import org.custodes.shared.NotFound;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.PageQuery;
import org.custodes.shared.PageResult;
import org.springframework.stereotype.Component;

/**
 * The work on applications behind the facade: drafting, submission, the secretariat's review and the Board's
 * decision, which moves the organisation's membership and tells its users.
 */
@Component
public class MembershipApplicationDesk {

    private final MembershipApplications applications;
    private final Lifecycle lifecycle;
    private final OrganisationService organisations;
    private final DocumentInspector inspector;
    private final ApplicantMail mail;
    private final MembershipSettings settings;
    private final Dues dues;
    private final Clock clock;

    MembershipApplicationDesk(MembershipApplications applications, Lifecycle lifecycle, OrganisationService organisations,
            DocumentInspector inspector, ApplicantMail mail, MembershipSettings settings, Dues dues, Clock clock) {
        this.applications = applications;
        this.lifecycle = lifecycle;
        this.organisations = organisations;
        this.inspector = inspector;
        this.mail = mail;
        this.settings = settings;
        this.dues = dues;
        this.clock = clock;
    }

    public MembershipApplicationDetails start(OrganisationId organisation) {
        var summary = organisations.get(organisation);
        var pillar = MembershipPillar.of(summary.kind())
                .orElseThrow(() -> new MembershipRuleViolation("membership.application.no-pillar"));
        if (applications.openApplicationOf(organisation).isPresent()) {
            throw new MembershipRuleViolation("membership.application.already-open");
        }
        var status = lifecycle.statusOf(organisation);
        if (status != null && !(status == MembershipStatus.REJECTED || status == MembershipStatus.WITHDRAWN
                || status == MembershipStatus.TERMINATED)) {
            throw new MembershipRuleViolation("membership.application.already-member");
        }
        var application = MembershipApplication.start(organisation, pillar, ApplicationForm.prefilledFrom(summary),
                settings.checklistFor(pillar), clock.instant());
        applications.save(application);
        return details(application);
    }

    public MembershipApplicationDetails get(ApplicationId id) {
        var application = load(id);
        MembershipAccess.requireOwnOr("membership:read", application.organisation(), "application", id);
        return details(application);
    }

    public MembershipApplicationDetails saveStep(ApplicationId id, ApplicationStep step, ApplicationForm input) {
        var application = own(id);
        application.saveStep(step, input);
        applications.save(application);
        return details(application);
    }

    public MembershipApplicationDetails submit(ApplicationId id) {
        var application = own(id);
        application.submit(today());
        applications.save(application);
        lifecycle.applied(application.organisation(), application.pillar(),
                new MembershipDecision(today(), "application-submitted", null));
        return details(application);
    }

    public MembershipDocumentSummary upload(ApplicationId id, String filename, byte[] content) {
        var application = own(id);
        application.requireEditable();
        var type = inspector.inspect(filename, content);
        var documentId = new MembershipDocumentId(java.util.UUID.randomUUID());
        var name = DocumentInspector.safeName(filename, type);
        applications.insertDocument(documentId, id, application.organisation(), name, type, content, clock.instant(),
                MembershipAccess.actor());
        return applications.documentsOf(id).stream().filter(d -> d.id().equals(documentId)).findFirst().orElseThrow();
    }

    /** The applicant's organisation, the secretariat (reviewers) and the Board (deciders) may download; others 404. */
    public DocumentFile document(ApplicationId id, MembershipDocumentId document) {
        var application = load(id);
        if (!MembershipAccess.isOwn(application.organisation()) && !MembershipAccess.can("membership:review")
                && !MembershipAccess.can("membership:decide")) {
            throw new NotFound("document", document);
        }
        return applications.document(id, document).orElseThrow(() -> new NotFound("document", document));
    }

    public List<MembershipApplicationSummary> ofOrganisation(OrganisationId organisation) {
        MembershipAccess.requireOwnOr("membership:read", organisation, "organisation", organisation);
        return applications.ofOrganisation(organisation).stream().map(this::summary).toList();
    }

    public PageResult<MembershipApplicationSummary> page(MembershipApplicationStatus status, PageQuery page) {
        return PageResult.of(applications.page(status, page).stream().map(this::summary).toList(), page,
                applications.count(status));
    }

    public MembershipApplicationDetails check(ApplicationId id, Map<String, Boolean> items) {
        var application = load(id);
        application.check(items);
        applications.save(application);
        return details(application);
    }

    public MembershipApplicationDetails requestInformation(ApplicationId id, String request) {
        var application = load(id);
        application.requestInformation(request, clock.instant(), MembershipAccess.actor());
        applications.save(application);
        mail.send(application.organisation(), "membership/information-requested",
                Map.of("organisation", organisationName(application.organisation()), "request", request.strip()));
        return details(application);
    }

    public MembershipApplicationDetails answer(ApplicationId id, String answer) {
        var application = own(id);
        application.answer(answer, clock.instant(), MembershipAccess.actor());
        applications.save(application);
        return details(application);
    }

    public MembershipApplicationDetails recommend(ApplicationId id, boolean approve, String note) {
        var application = load(id);
        application.recommend(approve, note == null ? "" : note.strip(), today(), MembershipAccess.actor());
        applications.save(application);
        return details(application);
    }

    /** The Board's decision moves the membership (admitted or rejected) and tells the applicant's users. */
    public MembershipApplicationDetails decide(ApplicationId id, boolean approve, String reasons, LocalDate decidedOn, String reference) {
        if (decidedOn.isAfter(today())) {
            throw new MembershipRuleViolation("membership.decision.in-future");
        }
        var application = load(id);
        application.decide(approve, reasons, decidedOn, reference, MembershipAccess.actor());
        applications.save(application);
        var decision = new MembershipDecision(decidedOn, reasons, reference);
        lifecycle.change(application.organisation(), membership -> {
            if (approve) {
                membership.admit(decision, MembershipAccess.actor(), lifecycle.deadlines());
            } else {
                membership.reject(decision, MembershipAccess.actor());
            }
        });
        if (approve && application.pillar() == MembershipPillar.COMPANY) {
            dues.issueJoiningFee(application.organisation(), decidedOn);
        }
        mail.send(application.organisation(), "membership/decision", Map.of(
                "organisation", organisationName(application.organisation()),
                "outcome", approve ? "APPROVED" : "REJECTED",
                "reasons", reasons.strip(),
                "decidedOn", decidedOn.toString(),
                "decisionReference", reference.strip()));
        return details(application);
    }

    private MembershipApplication own(ApplicationId id) {
        var application = load(id);
        MembershipAccess.requireOwn(application.organisation(), "application", id);
        return application;
    }

    private MembershipApplication load(ApplicationId id) {
        return applications.find(id).orElseThrow(() -> new NotFound("application", id));
    }

    private MembershipApplicationDetails details(MembershipApplication application) {
        return new MembershipApplicationDetails(application.id(), application.organisation(),
                organisationName(application.organisation()), application.pillar(), application.status(),
                application.form(), application.missingItems(), applications.documentsOf(application.id()),
                application.checklistItems(), application.exchanges(), application.recommendation(),
                application.decision(), application.createdAt(), application.submittedOn());
    }

    private MembershipApplicationSummary summary(MembershipApplications.Row row) {
        return new MembershipApplicationSummary(row.id(), row.organisation(), organisationName(row.organisation()), row.pillar(),
                row.status(), row.submittedOn());
    }

    private String organisationName(OrganisationId organisation) {
        return organisations.find(organisation).map(o -> o.legalName()).orElse(organisation.toString());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
