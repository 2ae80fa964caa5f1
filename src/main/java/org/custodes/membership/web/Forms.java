package org.custodes.membership.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.custodes.membership.TerminationGround;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A free-text message: a request for information, an answer, a reply, a withdrawal reason. */
record TextForm(@NotBlank(message = "{membership.form.required}") @Size(max = 10000, message = "{membership.form.too-long}")
        @Nullable String text) {
}

/** The secretariat's recommendation to the Board. */
record RecommendationForm(@NotNull(message = "{membership.form.choose}") @Nullable Boolean approve,
        @Size(max = 10000, message = "{membership.form.too-long}") @Nullable String note) {
}

/** A Board decision on an application: outcome, reasons, date and reference are all required. */
record DecisionForm(@NotNull(message = "{membership.form.choose}") @Nullable Boolean approve,
        @NotBlank(message = "{membership.form.required}") @Size(max = 10000, message = "{membership.form.too-long}") @Nullable String reasons,
        @NotNull(message = "{membership.form.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate decidedOn,
        @NotBlank(message = "{membership.form.required}") @Size(max = 100, message = "{membership.form.too-long}") @Nullable String decisionReference) {
}

/** A dated status decision with its reason and reference (affiliate, termination). */
record StatusDecisionForm(
        @NotNull(message = "{membership.form.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate effectiveOn,
        @NotBlank(message = "{membership.form.required}") @Size(max = 10000, message = "{membership.form.too-long}") @Nullable String reason,
        @Size(max = 100, message = "{membership.form.too-long}") @Nullable String decisionReference) {
}

/** The secretariat proposes a termination and gives the company until {@code replyDeadline} to answer. */
record TerminationProposalForm(@NotNull(message = "{membership.form.choose}") @Nullable TerminationGround ground,
        @NotNull(message = "{membership.form.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate replyDeadline) {
}
