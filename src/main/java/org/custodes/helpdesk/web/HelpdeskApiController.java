package org.custodes.helpdesk.web;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.custodes.helpdesk.AskSecretariat;
import org.custodes.helpdesk.HelpdeskService;
import org.custodes.helpdesk.SupportCategory;
import org.custodes.helpdesk.SupportRequestDetails;
import org.custodes.helpdesk.SupportRequestId;
import org.custodes.helpdesk.SupportRequestSummary;
import org.custodes.helpdesk.SupportStatus;
import org.custodes.identity.IdentityService;
import org.custodes.identity.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The helpdesk over JSON: a requester's organisation asks, reads its requests, replies, closes and reopens; the
 * secretariat reads the queue, assigns, answers, asks for details, notes and closes. Each change names the version
 * read and answers the request as it is after it; a request changed meanwhile is a 409 problem, another
 * organisation's a 404.
 */
@RestController
@RequestMapping("/api/v1/helpdesk")
class HelpdeskApiController {

    private final HelpdeskService helpdesk;
    private final IdentityService identity;
    private final MessageSource messages;

    HelpdeskApiController(HelpdeskService helpdesk, IdentityService identity, MessageSource messages) {
        this.helpdesk = helpdesk;
        this.identity = identity;
        this.messages = messages;
    }

    @GetMapping("/requests")
    @PreAuthorize("hasAuthority('helpdesk:ask')")
    @Operation(summary = "The support requests of the caller's organisation, the latest first")
    List<SupportRequestSummary> ownRequests() {
        return helpdesk.ownRequests(user());
    }

    @PostMapping("/requests")
    @PreAuthorize("hasAuthority('helpdesk:ask')")
    @Operation(summary = "Ask the secretariat: category, subject and question; the answer is e-mailed to the caller")
    ResponseEntity<SupportRequestDetails> ask(@Valid @RequestBody AskSecretariatRequest r) {
        var user = user();
        var id = helpdesk.ask(user, new AskSecretariat(r.category(), r.subject(), r.question(),
                r.language() == null ? user.language() : r.language(), user.email()));
        return ResponseEntity.created(URI.create("/api/v1/helpdesk/requests/" + id))
                .body(helpdesk.request(user, id));
    }

    @GetMapping("/queue")
    @PreAuthorize("hasAuthority('helpdesk:answer')")
    @Operation(summary = "The secretariat's queue: overdue first, then by due time, closed last; by status and category")
    List<SupportRequestSummary> queue(@RequestParam(required = false) @Nullable SupportStatus status,
            @RequestParam(required = false) @Nullable SupportCategory category) {
        return helpdesk.queue(category, status, null);
    }

    @GetMapping("/requests/{id}")
    @PreAuthorize("hasAnyAuthority('helpdesk:ask', 'helpdesk:answer')")
    @Operation(summary = "A support request with its thread (its internal notes for the secretariat only)")
    SupportRequestDetails request(@PathVariable UUID id) {
        return helpdesk.request(user(), new SupportRequestId(id));
    }

    @PostMapping("/requests/{id}/replies")
    @PreAuthorize("hasAuthority('helpdesk:ask')")
    @Operation(summary = "The requester's organisation writes again: the request is the secretariat's turn")
    SupportRequestDetails reply(@PathVariable UUID id, @Valid @RequestBody SupportMessageRequest r) {
        return then(id, () -> helpdesk.reply(user(), new SupportRequestId(id), version(r.version()), text(r)));
    }

    @PostMapping("/requests/{id}/answers")
    @PreAuthorize("hasAuthority('helpdesk:answer')")
    @Operation(summary = "The secretariat answers; the requester is e-mailed in the request's language")
    SupportRequestDetails answer(@PathVariable UUID id, @Valid @RequestBody SupportMessageRequest r) {
        return then(id, () -> helpdesk.answer(user(), new SupportRequestId(id), version(r.version()), text(r)));
    }

    @PostMapping("/requests/{id}/details-requests")
    @PreAuthorize("hasAuthority('helpdesk:answer')")
    @Operation(summary = "The secretariat asks the requester for more information; they are e-mailed")
    SupportRequestDetails askForDetails(@PathVariable UUID id, @Valid @RequestBody SupportMessageRequest r) {
        return then(id, () -> helpdesk.askForDetails(user(), new SupportRequestId(id), version(r.version()), text(r)));
    }

    @PostMapping("/requests/{id}/notes")
    @PreAuthorize("hasAuthority('helpdesk:answer')")
    @Operation(summary = "An internal note of the secretariat, never shown to the requester")
    SupportRequestDetails note(@PathVariable UUID id, @Valid @RequestBody SupportMessageRequest r) {
        return then(id, () -> helpdesk.note(user(), new SupportRequestId(id), version(r.version()), text(r)));
    }

    @PostMapping("/requests/{id}/assignment")
    @PreAuthorize("hasAuthority('helpdesk:answer')")
    @Operation(summary = "Give the request to a secretariat officer")
    SupportRequestDetails assign(@PathVariable UUID id, @Valid @RequestBody AssignOfficerRequest r) {
        return then(id, () -> helpdesk.assign(user(), new SupportRequestId(id), version(r.version()),
                new org.custodes.shared.UserId(Objects.requireNonNull(r.officer()))));
    }

    @PostMapping("/requests/{id}/closing")
    @PreAuthorize("hasAnyAuthority('helpdesk:ask', 'helpdesk:answer')")
    @Operation(summary = "Close the request (the requester's organisation or the secretariat)")
    SupportRequestDetails close(@PathVariable UUID id, @Valid @RequestBody SupportStepRequest r) {
        return then(id, () -> helpdesk.close(user(), new SupportRequestId(id), version(r.version())));
    }

    @PostMapping("/requests/{id}/reopening")
    @PreAuthorize("hasAuthority('helpdesk:ask')")
    @Operation(summary = "The requester's organisation reopens a closed request within the reopening window")
    SupportRequestDetails reopen(@PathVariable UUID id, @Valid @RequestBody SupportStepRequest r) {
        return then(id, () -> helpdesk.reopen(user(), new SupportRequestId(id), version(r.version())));
    }

    @ExceptionHandler
    ProblemDetail changedMeanwhile(OptimisticLockingFailureException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, messages.getMessage(
                "helpdesk.request.changed-meanwhile", null, LocaleContextHolder.getLocale()));
        problem.setType(URI.create("https://custodes.org/problems/changed-meanwhile"));
        problem.setTitle(messages.getMessage("helpdesk.problem.changed-meanwhile", null,
                LocaleContextHolder.getLocale()));
        return problem;
    }

    private SupportRequestDetails then(UUID id, Runnable change) {
        change.run();
        return helpdesk.request(user(), new SupportRequestId(id));
    }

    private SignedInUser user() {
        return identity.currentUser().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }

    private static long version(@Nullable Long version) {
        return Objects.requireNonNull(version);
    }

    private static String text(SupportMessageRequest r) {
        return Objects.requireNonNull(r.text());
    }
}
