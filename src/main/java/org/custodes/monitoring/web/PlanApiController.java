package org.custodes.monitoring.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.custodes.monitoring.actionplan.ActionPlanDetails;
import org.custodes.monitoring.actionplan.ActionPlanId;
import org.custodes.monitoring.actionplan.ActionPlanService;
import org.custodes.monitoring.actionplan.ActionPlanSummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Corrective action plans over JSON: the secretariat and the Board read every plan, a company its own (another
 * company's plan is a 404 problem), each action with its due date, status and whether it is overdue.
 */
@RestController
@RequestMapping("/api/v1/monitoring/plans")
class PlanApiController {

    private final ActionPlanService plans;

    PlanApiController(ActionPlanService plans) {
        this.plans = plans;
    }

    @GetMapping
    @PreAuthorize("hasAnyAuthority('monitoring:read', 'monitoring:respond')")
    @Operation(summary = "Corrective action plans: every plan for the secretariat and the Board, a company's own")
    List<ActionPlanSummary> list() {
        return plans.plans();
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyAuthority('monitoring:read', 'monitoring:respond')")
    @Operation(summary = "One corrective action plan with its actions")
    ActionPlanDetails plan(@PathVariable UUID id) {
        return plans.plan(new ActionPlanId(id));
    }
}
