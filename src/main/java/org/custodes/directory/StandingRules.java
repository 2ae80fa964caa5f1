package org.custodes.directory;

import org.custodes.membership.MembershipStatus;
import org.custodes.membership.SanctionStep;
import org.jspecify.annotations.Nullable;

/**
 * The rules that turn what other modules decided into the public standing. Pure: no clock, no database, so every
 * rule is a unit test.
 */
final class StandingRules {

    /**
     * The facts in force on one day. Certification needs no input of its own: membership turns a valid certificate
     * into the CERTIFIED_MEMBER status and a lapsed one back into MEMBER, and the standing follows the status.
     */
    record Inputs(@Nullable MembershipStatus membership, boolean correctiveActionOpen) {
    }

    private StandingRules() {
    }

    static Standing standing(Inputs inputs) {
        if (inputs.membership() == null) {
            return Standing.NOT_A_MEMBER;
        }
        return switch (inputs.membership()) {
            case APPLICANT -> Standing.APPLICANT;
            case MEMBER -> Standing.MEMBER;
            case CERTIFIED_MEMBER -> Standing.CERTIFIED_MEMBER;
            case AFFILIATE -> Standing.AFFILIATE;
            case SUSPENDED -> Standing.SUSPENDED;
            case TERMINATED -> Standing.TERMINATED;
            case WITHDRAWN -> Standing.WITHDRAWN;
            // A rejected applicant, or a company recorded as an observer, is not a member in the public's eyes.
            case REJECTED, OBSERVER -> Standing.NOT_A_MEMBER;
        };
    }

    /**
     * Whether an open step of the sanctions ladder is shown to the public. The first steps (a compliance concern and
     * the Secretariat's recommendations) are a confidential dialogue; from the Board's corrective action on, clients
     * are told that corrective action is open.
     */
    static boolean isPublic(SanctionStep step) {
        return step.compareTo(SanctionStep.CORRECTIVE_ACTION) >= 0;
    }

    /** The marker is only worth showing for a company that still belongs to the association or is applying. */
    static boolean showsCorrectiveAction(Standing standing, boolean correctiveActionOpen) {
        return correctiveActionOpen && switch (standing) {
            case CERTIFIED_MEMBER, MEMBER, AFFILIATE, APPLICANT, SUSPENDED -> true;
            case TERMINATED, WITHDRAWN, NOT_A_MEMBER -> false;
        };
    }
}
