package org.custodes.monitoring.web;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.custodes.monitoring.concern.ConcernDetails;
import org.custodes.monitoring.ConcernId;
import org.custodes.monitoring.concern.ConcernSummary;
import org.custodes.monitoring.finding.FindingDetails;
import org.custodes.monitoring.FindingId;
import org.custodes.monitoring.MonitoringService;
import org.custodes.monitoring.observation.ObservationDetails;
import org.custodes.monitoring.ObservationId;
import org.custodes.monitoring.observation.ObservationInFlight;
import org.custodes.monitoring.observation.ObservationSummary;
import org.custodes.monitoring.finding.RecordFinding;
import org.custodes.monitoring.observation.RecordObservation;
import org.custodes.monitoring.observation.RecordedObservation;
import org.custodes.shared.BusinessRuleViolation;
import org.custodes.shared.CountryCode;
import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Monitoring over JSON: observations posted by a civil-society organisation's own tools or a media-monitoring feed
 * with an API token (idempotently, with an {@code Idempotency-Key}), and concerns with their dialogue.
 */
@RestController
@RequestMapping("/api/v1/monitoring")
class MonitoringApiController {

    private final MonitoringService monitoring;

    MonitoringApiController(MonitoringService monitoring) {
        this.monitoring = monitoring;
    }

    @PostMapping("/observations")
    @PreAuthorize("hasAuthority('monitoring:observe')")
    @Operation(summary = "Record an observation; a repeat with the same Idempotency-Key returns the first answer")
    ResponseEntity<RecordedObservation> record(@Valid @RequestBody RecordObservationRequest r,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 255)) {
            throw new BusinessRuleViolation("monitoring.idempotency.malformed");
        }
        Set<Integer> paragraphs = r.codeParagraphs() == null ? Set.of() : new TreeSet<>(r.codeParagraphs());
        var recorded = monitoring.recordObservation(new RecordObservation(r.sourceType(),
                r.companyId() == null ? null : new OrganisationId(r.companyId()), r.companyDescription(),
                r.observedOn(), new CountryCode(r.country()), r.region(), r.site(), r.whatHappened(), r.category(),
                paragraphs, r.peopleAffected(), r.reliability(), r.credibility(), r.sourceIdentity(),
                Boolean.TRUE.equals(r.sourceMayBeNamed()), r.mediaLink(), r.mediaLanguage()), idempotencyKey);
        return ResponseEntity.status(recorded.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                .location(URI.create("/api/v1/monitoring/observations/" + recorded.id())).body(recorded);
    }

    @GetMapping("/observations")
    @PreAuthorize("hasAnyAuthority('monitoring:observe', 'monitoring:read')")
    @Operation(summary = "Observations: all for the secretariat and the Board, else the caller's organisation's")
    List<ObservationSummary> observations() {
        return monitoring.observations();
    }

    @GetMapping("/observations/{id}")
    @PreAuthorize("hasAnyAuthority('monitoring:observe', 'monitoring:read')")
    @Operation(summary = "An observation and what became of it (its source and internal note for the secretariat only)")
    ObservationDetails observation(@PathVariable UUID id) {
        return monitoring.observation(new ObservationId(id));
    }

    @GetMapping("/concerns")
    @PreAuthorize("hasAnyAuthority('monitoring:read', 'monitoring:respond')")
    @Operation(summary = "Compliance concerns: all, open ones first by stage, or the caller's company's own")
    List<ConcernSummary> concerns() {
        return monitoring.concerns();
    }

    @GetMapping("/concerns/{id}")
    @PreAuthorize("hasAnyAuthority('monitoring:read', 'monitoring:respond')")
    @Operation(summary = "A concern with its dialogue (a company sees the messages shared with it)")
    ConcernDetails concern(@PathVariable UUID id) {
        return monitoring.concern(new ConcernId(id));
    }

    @PostMapping("/concerns/{id}/messages")
    @PreAuthorize("hasAnyAuthority('monitoring:handle', 'monitoring:respond')")
    @Operation(summary = "A message in a concern's dialogue (a company's is always shared)")
    ConcernDetails post(@PathVariable UUID id, @Valid @RequestBody ConcernMessageRequest request) {
        return monitoring.post(new ConcernId(id), request.text(), Boolean.TRUE.equals(request.shared()));
    }

    @PostMapping("/concerns/{id}/findings")
    @PreAuthorize("hasAuthority('monitoring:handle')")
    @Operation(summary = "Record a finding on an open concern: Code paragraph, severity, statement, evidence")
    ResponseEntity<ConcernDetails> recordFinding(@PathVariable UUID id, @Valid @RequestBody RecordFindingRequest r) {
        monitoring.recordFinding(new ConcernId(id), new RecordFinding(r.codeParagraph(), r.severity(), r.statement(),
                r.evidence()));
        return ResponseEntity.status(HttpStatus.CREATED).body(monitoring.concern(new ConcernId(id)));
    }

    @PostMapping("/concerns/{id}/findings/{finding}/response")
    @PreAuthorize("hasAuthority('monitoring:respond')")
    @Operation(summary = "The company acknowledges a finding on its concern, or disputes it with its reasons")
    FindingDetails answerFinding(@PathVariable UUID id, @PathVariable UUID finding,
            @Valid @RequestBody AnswerFindingRequest r) {
        return monitoring.answerFinding(new ConcernId(id), new FindingId(finding), r.response(), r.reasons());
    }

    @ExceptionHandler
    ProblemDetail inFlight(ObservationInFlight e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "A request with this Idempotency-Key is still being processed; retry shortly.");
        problem.setType(URI.create("https://custodes.org/problems/idempotency-in-flight"));
        return problem;
    }
}
