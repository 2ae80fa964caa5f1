package org.custodes.complaint.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Base64;
import java.util.List;
import org.custodes.complaint.Channel;
import org.custodes.complaint.ComplainantIdentity;
import org.custodes.complaint.ComplainantRole;
import org.custodes.complaint.ComplaintCategory;
import org.custodes.complaint.ComplaintNarrative;
import org.custodes.complaint.ComplaintRefused;
import org.custodes.complaint.ComplaintService;
import org.custodes.complaint.ComplaintStatistics;
import org.custodes.complaint.ContactPreference;
import org.custodes.complaint.GrievanceRaised;
import org.custodes.complaint.IncomingFile;
import org.custodes.complaint.SubmissionInFlight;
import org.custodes.complaint.SubmitComplaint;
import org.custodes.complaint.TooManyAttempts;
import org.custodes.shared.CountryCode;
import org.custodes.shared.Language;
import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Complaints over JSON, for partner intake tools: submit without an account (with an {@code Idempotency-Key} so a
 * retry never files twice) and read the public statistics.
 */
@RestController
@RequestMapping("/api/v1/complaints")
class ComplaintApiController {

    record AttachmentRequest(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 14_000_000) String contentBase64) {
    }

    record SubmitComplaintRequest(
            @NotNull ComplainantRole role,
            @NotNull ContactPreference contact,
            @Size(max = 200) @Nullable String name,
            @Email @Size(max = 254) @Nullable String email,
            @Size(max = 50) @Nullable String phone,
            @Pattern(regexp = "[0-9a-fA-F-]{36}") @Nullable String companyId,
            @Size(max = 2000) @Nullable String companyDescription,
            @NotNull ComplaintCategory category,
            @NotBlank @Size(max = 20000) String whatHappened,
            @Size(max = 200) @Nullable String when,
            @Pattern(regexp = "[A-Za-z]{2}") @Nullable String country,
            @Size(max = 300) @Nullable String place,
            @Size(max = 5000) @Nullable String harm,
            @Nullable GrievanceRaised grievanceRaised,
            @Size(max = 5000) @Nullable String grievanceOutcome,
            @Size(max = 5000) @Nullable String remedySought,
            @Pattern(regexp = "en|fr|es|ar") @Nullable String language,
            @Size(max = SubmitComplaint.MAX_FILES) @Nullable List<@Valid AttachmentRequest> attachments) {
    }

    record SubmittedComplaint(String reference, String receipt, String followUp) {
    }

    private final ComplaintService complaints;
    private final ClientKeys clients;

    ComplaintApiController(ComplaintService complaints, ClientKeys clients) {
        this.complaints = complaints;
        this.clients = clients;
    }

    @PostMapping
    @PreAuthorize("permitAll()")
    ResponseEntity<SubmittedComplaint> submit(@Valid @RequestBody SubmitComplaintRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey,
            HttpServletRequest http) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 255)) {
            throw new ComplaintRefused("complaint.idempotency.malformed");
        }
        complaints.takeSubmissionAllowance(clients.of(http));
        var submission = complaints.submit(command(request), idempotencyKey);
        var receipt = submission.receipt();
        return ResponseEntity.created(URI.create("/complaints/follow-up"))
                .header("Cache-Control", "no-store")
                .body(new SubmittedComplaint(receipt.reference().value(), receipt.receipt(), "/complaints/follow-up"));
    }

    @GetMapping("/statistics")
    @PreAuthorize("permitAll()")
    ComplaintStatistics statistics() {
        return complaints.statistics();
    }

    @ExceptionHandler
    ProblemDetail inFlight(SubmissionInFlight e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "A request with this Idempotency-Key is still being processed; retry shortly.");
        problem.setType(URI.create("https://custodes.org/problems/idempotency-in-flight"));
        return problem;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> tooMany(TooManyAttempts e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, "Too many submissions; retry later.");
        problem.setType(URI.create("https://custodes.org/problems/too-many-requests"));
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header("Retry-After", Long.toString(e.retryAfterSeconds())).body(problem);
    }

    private static SubmitComplaint command(SubmitComplaintRequest r) {
        var files = r.attachments() == null ? List.<IncomingFile>of() : r.attachments().stream()
                .map(a -> new IncomingFile(a.name(), decode(a.contentBase64()))).toList();
        return new SubmitComplaint(Channel.API, r.role(), r.contact(),
                new ComplainantIdentity(r.name(), r.email(), r.phone(), null),
                r.companyId() == null ? null : OrganisationId.of(r.companyId()), r.category(),
                r.country() == null ? null : new CountryCode(r.country()),
                new ComplaintNarrative(r.companyDescription(), r.whatHappened(), r.when(), r.place(), r.harm(),
                        r.grievanceRaised(), r.grievanceOutcome(), r.remedySought()),
                r.language() == null ? Language.EN : Language.fromCode(r.language()).orElse(Language.EN), files);
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new ComplaintRefused("complaint.files.unreadable");
        }
    }
}
