package org.custodes.monitoring.actionplan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.custodes.monitoring.FindingId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo corrective action plans on the findings of the monitoring demo, one in every state: proposed, returned, in
 * progress with an overdue action (and one closed, one still due), and closed by a return visit (wages). The plans
 * are dated in the past through the domain with clocks of those days, as if the company and the secretariat had
 * acted then.
 */
@Component
@ConditionalOnProperty(name = "custodes.demo.enabled", havingValue = "true")
class DemoActionPlans {

    private static final Logger log = LoggerFactory.getLogger(DemoActionPlans.class);
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final ActionPlans plans;
    private final EvidenceFiles evidence;
    private final ClosureRule rule;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoActionPlans(ActionPlans plans, EvidenceFiles evidence, ClosureRule rule, JdbcClient jdbc,
            TransactionTemplate transaction, Clock clock) {
        this.plans = plans;
        this.evidence = evidence;
        this.rule = rule;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(71) // after the monitoring demo, whose findings the plans answer
    void load(ApplicationReadyEvent ready) {
        if (jdbc.sql("select count(*) from monitoring.action_plan").query(Long.class).single() > 0
                || finding(31).isEmpty() || finding(64).isEmpty()) {
            return;
        }
        transaction.executeWithoutResult(status -> load());
        log.info("Demo corrective action plans loaded: proposed, returned, in progress with an overdue action, closed");
    }

    private void load() {
        var today = LocalDate.now(clock);

        var force = finding(31).orElseThrow();
        plans.categorise(force, FindingCategory.USE_OF_FORCE);
        var running = ActionPlan.propose(force, reference(force), company(force), List.of(
                new ProposedAction("Retrain the Lokichar guards in graduated warnings and the rules for the use of force.",
                        "Training manager", today.minusDays(40), "Attendance sheets and the course material",
                        VerificationMethod.DESK_REVIEW),
                new ProposedAction("Review the incident with the site's team leaders and record the lessons.",
                        "Operations director", today.minusDays(20), "Minutes of the review, signed",
                        VerificationMethod.DESK_REVIEW),
                new ProposedAction("Post the rules for the use of force at every guard post of the site.",
                        "Site manager", today.plusDays(30), "Photographs of the posted rules",
                        VerificationMethod.RETURN_VISIT)), on(today.minusDays(50)));
        running.accept(on(today.minusDays(45)));
        running.verify(running.actions().getFirst().id(), true, null, on(today.minusDays(35)));
        plans.insert(running);
        evidence.insert(UUID.randomUUID(), running.id(), running.actions().getFirst().id(), "attendance-lokichar.pdf",
                "application/pdf", PDF, today.minusDays(38), UUID.randomUUID());

        var wages = finding(64).orElseThrow();
        plans.categorise(wages, FindingCategory.WAGES);
        var closed = ActionPlan.propose(wages, reference(wages), company(wages), List.of(
                new ProposedAction("Pay the six guards the overtime owed at the legal rate, back to January.",
                        "Payroll manager", today.minusDays(60), "Bank transfers and the corrected payslips",
                        VerificationMethod.RETURN_VISIT)), on(today.minusDays(120)));
        closed.accept(on(today.minusDays(115)));
        closed.verify(closed.actions().getFirst().id(), true, null, on(today.minusDays(20)));
        closed.close(FindingCategory.WAGES, rule, VerificationMethod.RETURN_VISIT,
                "Payroll ledger January to June and the guards' signed payslips, seen at the Lokichar site",
                on(today.minusDays(10)));
        plans.insert(closed);
        evidence.insert(UUID.randomUUID(), closed.id(), closed.actions().getFirst().id(), "payslips-overtime.pdf",
                "application/pdf", PDF, today.minusDays(25), UUID.randomUUID());

        finding(32).ifPresent(beaten -> {
            plans.categorise(beaten, FindingCategory.USE_OF_FORCE);
            var returned = ActionPlan.propose(beaten, reference(beaten), company(beaten), List.of(
                    new ProposedAction("Remind the guards of the rules.", "Site manager", today.plusDays(90),
                            "A circular", VerificationMethod.DESK_REVIEW)), on(today.minusDays(8)));
            returned.returnToCompany("A circular does not answer a critical finding: name the guards' suspension "
                    + "pending the inquiry, the report to the police and support to the two villagers.",
                    on(today.minusDays(5)));
            plans.insert(returned);
        });

        finding(66).ifPresent(grievance -> {
            plans.categorise(grievance, FindingCategory.GRIEVANCE);
            plans.insert(ActionPlan.propose(grievance, reference(grievance), company(grievance), List.of(
                    new ProposedAction("Publish a grievance mechanism in Swahili and English at every Kenyan site.",
                            "Compliance officer", today.plusDays(45), "The published procedure and photographs",
                            VerificationMethod.DESK_REVIEW)), on(today.minusDays(2))));
        });
    }

    /** The demo's finding on a Code paragraph, at Aegis Shield. */
    private java.util.Optional<FindingId> finding(int paragraph) {
        return jdbc.sql("""
                select f.id from monitoring.finding f join organisation.organisation o on o.id = f.company_id
                where o.legal_name = 'Aegis Shield Security Ltd' and f.code_paragraph = :paragraph
                order by f.reference limit 1
                """).param("paragraph", paragraph).query((row, n) -> new FindingId(row.getObject(1, UUID.class)))
                .optional();
    }

    private String reference(FindingId finding) {
        return plans.finding(finding).orElseThrow().reference();
    }

    private org.custodes.shared.OrganisationId company(FindingId finding) {
        return plans.finding(finding).orElseThrow().company();
    }

    private static Clock on(LocalDate day) {
        return Clock.fixed(day.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }
}
