package org.custodes.fieldvoice.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.custodes.fieldvoice.FieldVoiceService;
import org.custodes.fieldvoice.CaptureMissionId;
import org.custodes.fieldvoice.CaptureMissionSummary;
import org.custodes.fieldvoice.SubmissionDetails;
import org.custodes.fieldvoice.SubmissionId;
import org.custodes.fieldvoice.SubmissionSummary;
import org.custodes.shared.Language;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Field missions and what their devices sent, as JSON. */
@RestController
@RequestMapping("/api/v1/fieldvoice")
class FieldVoiceApiController {

    private final FieldVoiceService fieldVoice;

    FieldVoiceApiController(FieldVoiceService fieldVoice) {
        this.fieldVoice = fieldVoice;
    }

    @GetMapping("/missions")
    @PreAuthorize("hasAuthority('fieldvoice:administer')")
    @Operation(summary = "Field missions, open ones first, with their counts of forms, active devices and submissions")
    List<CaptureMissionSummary> missions() {
        return fieldVoice.missions();
    }

    @PostMapping("/missions")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('fieldvoice:administer')")
    @Operation(summary = "Open a field mission (a new RSA key pair is made for its forms)")
    CaptureMissionSummary open(@Valid @RequestBody OpenCaptureMissionRequest request) {
        return fieldVoice.mission(fieldVoice.openMission(request.name()));
    }

    @GetMapping("/missions/{id}/submissions")
    @PreAuthorize("hasAuthority('fieldvoice:administer')")
    @Operation(summary = "The submissions a mission received, newest first, without their content")
    List<SubmissionSummary> submissions(@PathVariable UUID id) {
        fieldVoice.mission(new CaptureMissionId(id));
        return fieldVoice.submissions(new CaptureMissionId(id));
    }

    @GetMapping("/submissions/{id}")
    @PreAuthorize("hasAuthority('fieldvoice:open-submissions')")
    @Operation(summary = "A submission decrypted: each answer with its question's label in the caller's language")
    SubmissionDetails submission(@PathVariable UUID id) {
        return fieldVoice.openSubmission(new SubmissionId(id), Language.of(LocaleContextHolder.getLocale()));
    }
}
