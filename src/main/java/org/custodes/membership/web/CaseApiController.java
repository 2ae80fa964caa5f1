package org.custodes.membership.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.custodes.membership.compliance.ComplianceCaseDetails;
import org.custodes.membership.compliance.ComplianceCaseId;
import org.custodes.membership.MembershipService;
import org.custodes.membership.SanctionStep;
import org.custodes.membership.TerminationGround;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.PageQuery;
import org.custodes.shared.PageResult;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The sanctions ladder as JSON, on the same facade and rules as the case pages. */
@RestController
@RequestMapping("/api/v1/membership")
class CaseApiController {

    private final MembershipService membership;

    CaseApiController(MembershipService membership) {
        this.membership = membership;
    }

    record OpenCaseRequest(@NotNull(message = "{membership.form.required}") @Nullable UUID organisation,
            @NotBlank(message = "{membership.form.required}") @Size(max = 10000, message = "{membership.form.too-long}") @Nullable String summary) {
    }

    record ReplyRequestRequest(@NotNull(message = "{membership.form.required}") @Nullable LocalDate deadline) {
    }

    record CaseTextRequest(@NotBlank(message = "{membership.form.required}") @Size(max = 10000, message = "{membership.form.too-long}") @Nullable String text) {
    }

    record DecideStepRequest(@NotNull(message = "{membership.form.choose}") @Nullable SanctionStep step,
            @Nullable LocalDate dueOn,
            @NotBlank(message = "{membership.form.required}") @Size(max = 10000, message = "{membership.form.too-long}") @Nullable String summary,
            @Nullable TerminationGround ground,
            @Size(max = 100, message = "{membership.form.too-long}") @Nullable String decisionReference) {
    }

    @GetMapping("/cases")
    @PreAuthorize("hasAuthority('membership:read')")
    @Operation(summary = "Open compliance cases, oldest first (secretariat and Board)")
    PageResult<ComplianceCaseDetails> open(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return membership.openComplianceCases(new PageQuery(page, size));
    }

    @GetMapping("/organisations/{organisation}/cases")
    @PreAuthorize("hasAnyAuthority('membership:read', 'membership:apply')")
    @Operation(summary = "An organisation's compliance cases, open and resolved (a company: its own only)")
    List<ComplianceCaseDetails> ofOrganisation(@PathVariable UUID organisation) {
        return membership.complianceCasesOf(new OrganisationId(organisation));
    }

    @PostMapping("/cases")
    @PreAuthorize("hasAuthority('membership:review')")
    @Operation(summary = "Raise a compliance concern against a member company: opens a case")
    ResponseEntity<ComplianceCaseDetails> openCase(@Valid @RequestBody OpenCaseRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(membership.openComplianceCase(
                new OrganisationId(request.organisation()), request.summary()));
    }

    @GetMapping("/cases/{id}")
    @PreAuthorize("hasAnyAuthority('membership:read', 'membership:apply')")
    @Operation(summary = "A compliance case (a company: its own only)")
    ComplianceCaseDetails get(@PathVariable UUID id) {
        return membership.complianceCase(new ComplianceCaseId(id));
    }

    @PostMapping("/cases/{id}/reply-request")
    @PreAuthorize("hasAnyAuthority('membership:review', 'membership:decide')")
    @Operation(summary = "Give the company a right of reply until a deadline; its users are told by e-mail")
    ComplianceCaseDetails requestReply(@PathVariable UUID id, @Valid @RequestBody ReplyRequestRequest request) {
        return membership.requestReply(new ComplianceCaseId(id), request.deadline());
    }

    @PostMapping("/cases/{id}/reply")
    @PreAuthorize("hasAuthority('membership:apply')")
    @Operation(summary = "The company's reply, before the deadline")
    ComplianceCaseDetails reply(@PathVariable UUID id, @Valid @RequestBody CaseTextRequest request) {
        return membership.replyToCase(new ComplianceCaseId(id), request.text());
    }

    @PostMapping("/cases/{id}/steps")
    @PreAuthorize("hasAnyAuthority('membership:review', 'membership:decide')")
    @Operation(summary = "Decide the next step once the right of reply is on record (corrective action needs a due date)")
    ComplianceCaseDetails decide(@PathVariable UUID id, @Valid @RequestBody DecideStepRequest request) {
        return membership.decideStep(new ComplianceCaseId(id), request.step(), request.dueOn(), request.summary(),
                request.ground(), request.decisionReference());
    }

    @PostMapping("/cases/{id}/resolution")
    @PreAuthorize("hasAnyAuthority('membership:review', 'membership:decide')")
    @Operation(summary = "The company complied: resolve the case (a suspended company is reinstated)")
    ComplianceCaseDetails resolve(@PathVariable UUID id, @Valid @RequestBody CaseTextRequest request) {
        return membership.resolveCase(new ComplianceCaseId(id), request.text());
    }
}
