package org.custodes.monitoring.actionplan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.custodes.monitoring.FindingId;
import org.custodes.organisation.OrganisationService;
import org.custodes.organisation.OrganisationSummary;
import org.custodes.shared.Actor;
import org.custodes.shared.NotFound;
import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrective action plans, the only way in for pages and the API. A company's representatives
 * ({@code monitoring:respond}) propose and follow plans for their own findings; the secretariat
 * ({@code monitoring:handle}) categorises findings, accepts or returns plans, verifies actions and closes findings;
 * the Board ({@code monitoring:read}) reads them. Another company's finding or plan is "not found".
 */
@Service
@Transactional
public class ActionPlanService {

    private final ActionPlans plans;
    private final EvidenceFiles evidence;
    private final EvidenceInspector inspector;
    private final ClosureRule rule;
    private final OrganisationService organisations;
    private final Clock clock;

    ActionPlanService(ActionPlans plans, EvidenceFiles evidence, EvidenceInspector inspector, ClosureRule rule,
            OrganisationService organisations, Clock clock) {
        this.plans = plans;
        this.evidence = evidence;
        this.inspector = inspector;
        this.rule = rule;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** The secretariat and the Board see every plan, a company its own; open plans first. */
    @PreAuthorize("hasAnyAuthority('monitoring:read', 'monitoring:respond')")
    @Transactional(readOnly = true)
    public List<ActionPlanSummary> plans() {
        var actor = actor();
        var today = LocalDate.now(clock);
        return plans.list(actor.can("monitoring:read") ? null : actor.organisationId()).stream().map(plan -> {
            var details = details(plan, today);
            var open = (int) details.actions().stream().filter(a -> a.status() == ActionStatus.OPEN).count();
            return new ActionPlanSummary(plan.id(), plan.reference(), plan.company(), details.companyName(),
                    details.category(), plan.status(), plan.proposedOn(), details.actions().size(), open,
                    (int) details.overdueActions());
        }).toList();
    }

    /** The open actions past their due date, flagged on the secretariat's dashboard and in the company's workspace. */
    @PreAuthorize("hasAnyAuthority('monitoring:read', 'monitoring:respond')")
    @Transactional(readOnly = true)
    public List<ActionPlanSummary> withOverdueActions() {
        return plans().stream().filter(plan -> plan.overdueActions() > 0).toList();
    }

    @PreAuthorize("hasAnyAuthority('monitoring:read', 'monitoring:respond')")
    @Transactional(readOnly = true)
    public ActionPlanDetails plan(ActionPlanId id) {
        return details(readable(id), LocalDate.now(clock));
    }

    /** The plan answering a finding, if the company has proposed one; another company's finding is not found. */
    @PreAuthorize("hasAnyAuthority('monitoring:read', 'monitoring:respond')")
    @Transactional(readOnly = true)
    public Optional<ActionPlanDetails> planOf(FindingId finding) {
        readableFinding(finding);
        return plans.ofFinding(finding).map(plan -> details(plan, LocalDate.now(clock)));
    }

    /** The company proposes its plan for one of its findings, or proposes again the plan the secretariat returned. */
    @PreAuthorize("hasAuthority('monitoring:respond')")
    public ActionPlanId propose(FindingId finding, List<ProposedAction> actions) {
        var facts = plans.finding(finding).filter(f -> f.company().equals(actor().organisationId()))
                .orElseThrow(() -> new NotFound("finding", finding));
        var existing = plans.ofFinding(finding);
        if (existing.isPresent()) {
            var plan = existing.get();
            if (plan.status() != PlanStatus.RETURNED) {
                throw new ActionPlanRefused("monitoring.plan.exists");
            }
            plan.revise(actions, clock);
            plans.save(plan);
            return plan.id();
        }
        var plan = ActionPlan.propose(facts.id(), facts.reference(), facts.company(), actions, clock);
        plans.insert(plan);
        return plan.id();
    }

    /** The secretariat says what a finding is about, which decides how it may be closed; not once it is closed. */
    @PreAuthorize("hasAuthority('monitoring:handle')")
    public void categorise(FindingId finding, FindingCategory category) {
        plans.finding(finding).orElseThrow(() -> new NotFound("finding", finding));
        if (plans.ofFinding(finding).filter(plan -> plan.status() == PlanStatus.CLOSED).isPresent()) {
            throw new ActionPlanRefused("monitoring.plan.closed", "category");
        }
        plans.categorise(finding, category);
    }

    @PreAuthorize("hasAuthority('monitoring:handle')")
    public ActionPlanDetails accept(ActionPlanId id) {
        return change(id, plan -> plan.accept(clock));
    }

    @PreAuthorize("hasAuthority('monitoring:handle')")
    public ActionPlanDetails returnToCompany(ActionPlanId id, @Nullable String reason) {
        return change(id, plan -> plan.returnToCompany(reason, clock));
    }

    @PreAuthorize("hasAuthority('monitoring:handle')")
    public ActionPlanDetails verify(ActionPlanId id, ActionId action, boolean accepted, @Nullable String reason) {
        return change(id, plan -> plan.verify(action, accepted, reason, clock));
    }

    /** Closes the plan and its finding, by the method the finding's category allows, with the records seen. */
    @PreAuthorize("hasAuthority('monitoring:handle')")
    public ActionPlanDetails close(ActionPlanId id, @Nullable VerificationMethod method, @Nullable String records) {
        return change(id, plan -> plan.close(facts(plan).category(), rule, method, records, clock));
    }

    /**
     * The company uploads a file of evidence for an open action of its running plan: accepted only if its content is
     * an allowed type, and sealed at rest.
     */
    @PreAuthorize("hasAuthority('monitoring:respond')")
    public UUID uploadEvidence(ActionPlanId id, ActionId action, String fileName, byte[] content) {
        var actor = actor();
        var plan = plans.find(id).filter(p -> p.company().equals(actor.organisationId()))
                .orElseThrow(() -> new NotFound("action-plan", id));
        var type = inspector.contentType(fileName, content);
        var file = UUID.randomUUID();
        plan.evidenceFor(action, file, type, content.length, clock);
        evidence.insert(file, id, action, EvidenceInspector.safeName(fileName), type, content,
                LocalDate.now(clock), actor.userId().value());
        plans.save(plan);
        return file;
    }

    /** An evidence file, for the secretariat, the Board and the company whose plan it is; else not found. */
    @PreAuthorize("hasAnyAuthority('monitoring:read', 'monitoring:respond')")
    @Transactional(readOnly = true)
    public EvidenceDownload evidence(ActionPlanId id, UUID file) {
        readable(id);
        return evidence.open(id, file).orElseThrow(() -> new NotFound("evidence", file));
    }

    private ActionPlanDetails change(ActionPlanId id, java.util.function.Consumer<ActionPlan> change) {
        var plan = plans.find(id).orElseThrow(() -> new NotFound("action-plan", id));
        change.accept(plan);
        plans.save(plan);
        return details(plan, LocalDate.now(clock));
    }

    private ActionPlan readable(ActionPlanId id) {
        var actor = actor();
        return plans.find(id)
                .filter(plan -> actor.can("monitoring:read") || plan.company().equals(actor.organisationId()))
                .orElseThrow(() -> new NotFound("action-plan", id));
    }

    private void readableFinding(FindingId id) {
        var actor = actor();
        plans.finding(id).filter(f -> actor.can("monitoring:read") || f.company().equals(actor.organisationId()))
                .orElseThrow(() -> new NotFound("finding", id));
    }

    private ActionPlans.FindingFacts facts(ActionPlan plan) {
        return plans.finding(plan.finding()).orElseThrow(() -> new NotFound("finding", plan.finding()));
    }

    private ActionPlanDetails details(ActionPlan plan, LocalDate today) {
        var facts = facts(plan);
        return plan.details(facts.reference(), name(plan.company()), facts.category(), rule, today,
                evidence.of(plan.id()));
    }

    private String name(OrganisationId organisation) {
        return organisations.find(organisation).map(OrganisationSummary::legalName).orElse("");
    }

    private static Actor actor() {
        return Actor.current().orElseThrow(() -> new ActionPlanRefused("monitoring.refused.signed-in"));
    }
}
