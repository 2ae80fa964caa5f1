package org.custodes.governance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.custodes.governance.resolution.ResolutionCarried;
import org.custodes.governance.resolution.ResolutionMatter;
import org.custodes.membership.ApplicationId;
import org.custodes.membership.MembershipPillar;
import org.custodes.membership.MembershipService;
import org.custodes.membership.MembershipStatus;
import org.custodes.shared.NotFound;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.PageQuery;
import org.springframework.stereotype.Component;

/**
 * What governance asks of membership, in one place: who belongs to which pillar, the applications awaiting the
 * Board, and the Board's decision once a resolution on an application is carried.
 */
@Component
public class MembershipMatters {

    /** An application awaiting the Board's decision (the secretariat has recommended it). */
    record PendingApplication(UUID id, OrganisationId organisation, String organisationName, MembershipPillar pillar) {
    }

    private static final String RECOMMENDED = "RECOMMENDED";

    private final MembershipService membership;

    MembershipMatters(MembershipService membership) {
        this.membership = membership;
    }

    Optional<MembershipStatus> statusOf(OrganisationId organisation) {
        return membership.statusOf(organisation);
    }

    /** Every organisation that belongs to the association, with its pillar and status (membership:read). */
    public List<ElectorateMember> members(GovernanceSettings settings) {
        var members = new ArrayList<ElectorateMember>();
        var page = new PageQuery(0, PageQuery.MAX_SIZE);
        while (true) {
            var result = membership.list(null, page);
            result.items().stream().filter(summary -> summary.status().belongs()).forEach(summary -> members.add(
                    new ElectorateMember(summary.organisation(), summary.organisationName(), summary.pillar(),
                            summary.status(), summary.pillar() == MembershipPillar.OBSERVER
                                    ? VotingRight.ATTENDS : settings.rightOf(summary.status()))));
            if (!result.hasNext()) {
                return members;
            }
            page = new PageQuery(page.page() + 1, page.size());
        }
    }

    /** The application a resolution decides, if it exists and awaits the Board's decision. */
    Optional<PendingApplication> pendingApplication(UUID id) {
        try {
            var application = membership.application(new ApplicationId(id));
            if (!RECOMMENDED.equals(application.status().name())) {
                return Optional.empty();
            }
            return Optional.of(new PendingApplication(id, application.organisation(), application.organisationName(),
                    application.pillar()));
        } catch (NotFound missing) {
            return Optional.empty();
        }
    }

    Optional<String> applicantName(UUID id) {
        try {
            return Optional.of(membership.application(new ApplicationId(id)).organisationName());
        } catch (NotFound missing) {
            return Optional.empty();
        }
    }

    List<PendingApplication> pendingApplications() {
        return membership.applications(null, new PageQuery(0, PageQuery.MAX_SIZE)).items().stream()
                .filter(summary -> RECOMMENDED.equals(summary.status().name()))
                .map(summary -> new PendingApplication(summary.id().value(), summary.organisation(),
                        summary.organisationName(), summary.pillar()))
                .toList();
    }

    public void recordDecision(ResolutionCarried carried) {
        var matterId = carried.matterId();
        if (matterId == null || !carried.matter().onMembershipApplication()) {
            return;
        }
        var approve = carried.matter() == ResolutionMatter.ADMIT_APPLICANT;
        var reasons = "Board resolution %s carried: %d for, %d against, %d abstentions. %s".formatted(
                carried.reference(), carried.votesFor(), carried.votesAgainst(), carried.abstentions(),
                carried.title());
        membership.recordBoardResolution(new ApplicationId(matterId), approve, reasons, carried.carriedOn(),
                carried.reference());
    }
}
