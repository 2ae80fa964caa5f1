package org.custodes.monitoring.concern;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.custodes.monitoring.ConcernCategory;
import org.custodes.monitoring.actionplan.ActionOverdue;
import org.custodes.monitoring.finding.Findings;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Opens a concern, in the transaction of the overdue job, when a corrective action has been overdue too long: its
 * origin is the action, by reference, and it is about management and governance (a plan the company does not keep).
 */
@Component
class OverdueActionConcerns {

    private final Concerns concerns;
    private final Findings findings;
    private final Clock clock;

    OverdueActionConcerns(Concerns concerns, Findings findings, Clock clock) {
        this.concerns = concerns;
        this.findings = findings;
        this.clock = clock;
    }

    @EventListener
    void on(ActionOverdue overdue) {
        if (!overdue.raiseConcern()) {
            return;
        }
        var paragraphs = findings.find(overdue.finding()).map(finding -> Set.of(finding.codeParagraph()))
                .orElse(Set.of());
        var concern = Concern.open(concerns.nextReference(LocalDate.now(clock).getYear()),
                new OpenConcern(overdue.company(), ConcernCategory.MANAGEMENT_AND_GOVERNANCE,
                        ConcernOrigin.CORRECTIVE_ACTION, overdue.reference(),
                        "Corrective action " + overdue.reference() + " was due on " + overdue.dueOn() + " and is "
                                + overdue.daysOverdue() + " days overdue.", paragraphs), null, clock);
        concerns.insert(concern);
    }
}
