package org.custodes.governance.resolution;

import org.custodes.governance.MembershipMatters;
import org.custodes.shared.BusinessRuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A carried resolution on a membership application becomes membership's record of the Board's decision, dated the
 * day it was carried. Runs after the vote's commit, in its own transaction; if membership's own rules refuse (the
 * application was decided meanwhile), that is logged and not retried.
 */
@Component
class BoardDecisions {

    private static final Logger log = LoggerFactory.getLogger(BoardDecisions.class);

    private final MembershipMatters membership;

    BoardDecisions(MembershipMatters membership) {
        this.membership = membership;
    }

    @ApplicationModuleListener
    void on(ResolutionCarried carried) {
        try {
            membership.recordDecision(carried);
        } catch (BusinessRuleViolation refused) {
            log.warn("Membership did not take resolution {}: {}", carried.reference(), refused.messageKey());
        }
    }
}
