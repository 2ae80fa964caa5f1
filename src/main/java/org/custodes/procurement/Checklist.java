package org.custodes.procurement;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.custodes.directory.CompanyListing;
import org.custodes.directory.Standing;

/**
 * The procurement checklist and the reading of a directory listing against it. The requirements follow the Code's
 * clients' guidance: ask for membership, certification, a submitted self-assessment, a grievance mechanism and training;
 * weigh quality over the lowest price, because low bids are paid for in guards' wages and hours.
 */
final class Checklist {

    /** Standings that make a company a member of the association. */
    static final Set<Standing> MEMBER = EnumSet.of(Standing.CERTIFIED_MEMBER, Standing.MEMBER, Standing.AFFILIATE);

    static final List<ToolkitChecklistItem> ITEMS = List.of(
            new ToolkitChecklistItem("risk-assessment", ToolkitStage.TENDER, List.of(), false),
            new ToolkitChecklistItem("require-membership", ToolkitStage.TENDER, List.of(44), true),
            new ToolkitChecklistItem("require-certification", ToolkitStage.TENDER, List.of(44), true),
            new ToolkitChecklistItem("require-self-assessment", ToolkitStage.TENDER, List.of(), false),
            new ToolkitChecklistItem("require-grievance-mechanism", ToolkitStage.TENDER, List.of(66, 67), false),
            new ToolkitChecklistItem("require-training", ToolkitStage.TENDER, List.of(55, 59), false),
            new ToolkitChecklistItem("quality-over-price", ToolkitStage.EVALUATION, List.of(52, 64), false),
            new ToolkitChecklistItem("wage-floor", ToolkitStage.EVALUATION, List.of(52, 53, 54), false),
            new ToolkitChecklistItem("check-standing", ToolkitStage.EVALUATION, List.of(), true),
            new ToolkitChecklistItem("model-clauses", ToolkitStage.CONTRACT, List.of(), false),
            new ToolkitChecklistItem("incident-reporting", ToolkitStage.CONTRACT, List.of(63), false),
            new ToolkitChecklistItem("subcontractors", ToolkitStage.CONTRACT, List.of(50, 51), false),
            new ToolkitChecklistItem("monitor-standing", ToolkitStage.CONTRACT_MANAGEMENT, List.of(), true),
            new ToolkitChecklistItem("review-incidents", ToolkitStage.CONTRACT_MANAGEMENT, List.of(63), false),
            new ToolkitChecklistItem("community-feedback", ToolkitStage.CONTRACT_MANAGEMENT, List.of(66), false));

    private Checklist() {
    }

    static CompanyCheck check(CompanyListing listing) {
        return new CompanyCheck(listing.id(), listing.legalName(), listing.countriesOfOperation(), listing.standing(),
                listing.standingSince(), MEMBER.contains(listing.standing()),
                listing.standing() == Standing.CERTIFIED_MEMBER, listing.correctiveActionOpen());
    }
}
