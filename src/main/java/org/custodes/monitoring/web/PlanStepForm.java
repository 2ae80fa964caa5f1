package org.custodes.monitoring.web;

import jakarta.validation.constraints.Size;
import org.custodes.monitoring.actionplan.FindingCategory;
import org.custodes.monitoring.actionplan.VerificationMethod;
import org.jspecify.annotations.Nullable;

/**
 * The secretariat's steps on a plan: a reason (returning the plan or an action), the finding's category, and the
 * closure (the method and the new records seen). The domain says which of them a step needs.
 */
record PlanStepForm(
        @Size(max = 4000, message = "{monitoring.form.too-long}") @Nullable String reason,
        @Nullable FindingCategory category,
        @Nullable VerificationMethod method,
        @Size(max = 4000, message = "{monitoring.form.too-long}") @Nullable String records) {

    static PlanStepForm empty() {
        return new PlanStepForm(null, null, null, null);
    }
}
