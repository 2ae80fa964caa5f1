package org.custodes.helpdesk.web;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.custodes.helpdesk.HelpdeskService;
import org.custodes.helpdesk.SupportCategory;
import org.custodes.helpdesk.SupportRequestId;
import org.custodes.helpdesk.SupportStatus;
import org.custodes.identity.AccountSummary;
import org.custodes.identity.IdentityService;
import org.custodes.identity.SignedInUser;
import org.custodes.shared.Actor;
import org.custodes.shared.FormErrors;
import org.custodes.shared.Language;
import org.custodes.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The helpdesk's pages: "Ask the secretariat", the requests of the asker's organisation and each request's thread
 * with its reply form; for the secretariat the queue (overdue first, by status and category) and, on the request
 * page, assignment, the answer, a question back, closing and internal notes, which the asker never sees. Every change
 * names the version the page showed: a request changed meanwhile is refused with 409 and shown again as it is now.
 */
@Controller
@RequestMapping("/helpdesk")
class HelpdeskPageController {

    private static final String ANSWER = "helpdesk:answer";

    private final HelpdeskService helpdesk;
    private final IdentityService identity;

    HelpdeskPageController(HelpdeskService helpdesk, IdentityService identity) {
        this.helpdesk = helpdesk;
        this.identity = identity;
    }

    @GetMapping("/requests")
    @PreAuthorize("hasAuthority('helpdesk:ask')")
    String ownRequests(Model model) {
        model.addAttribute("requests", helpdesk.ownRequests(user()));
        return "helpdesk/requests";
    }

    @GetMapping("/requests/new")
    @PreAuthorize("hasAuthority('helpdesk:ask')")
    String askForm(Model model) {
        return askPage(AskSecretariatForm.empty(), model);
    }

    @PostMapping("/requests")
    @PreAuthorize("hasAuthority('helpdesk:ask')")
    String ask(@Valid @ModelAttribute("askForm") AskSecretariatForm form, BindingResult errors, Model model,
            java.util.Locale locale, HttpServletResponse response) {
        var user = user();
        return FormErrors.attempt(errors, response,
                () -> helpdesk.ask(user, form.command(Language.of(locale), user.email())))
                .map(id -> "redirect:/helpdesk/requests/" + id + "?asked")
                .orElseGet(() -> askPage(form, model));
    }

    @GetMapping("/queue")
    @PreAuthorize("hasAuthority('helpdesk:answer')")
    String queue(@RequestParam(required = false) @Nullable SupportStatus status,
            @RequestParam(required = false) @Nullable SupportCategory category, Model model) {
        model.addAttribute("requests", helpdesk.queue(category, status, null));
        model.addAttribute("statuses", SupportStatus.values());
        model.addAttribute("categories", SupportCategory.values());
        model.addAttribute("status", status);
        model.addAttribute("category", category);
        model.addAttribute("officers", officerNames());
        return "helpdesk/queue";
    }

    @GetMapping("/requests/{id}")
    @PreAuthorize("hasAnyAuthority('helpdesk:ask', 'helpdesk:answer')")
    String show(@PathVariable UUID id, Model model) {
        return requestPage(id, model);
    }

    @PostMapping("/requests/{id}/replies")
    @PreAuthorize("hasAuthority('helpdesk:ask')")
    String reply(@PathVariable UUID id, @Valid @ModelAttribute("replyForm") SupportMessageForm form,
            BindingResult errors, Model model, HttpServletResponse response) {
        return change(id, errors, model, response, "replied",
                () -> helpdesk.reply(user(), new SupportRequestId(id), version(form.version()), text(form)));
    }

    @PostMapping("/requests/{id}/answers")
    @PreAuthorize("hasAuthority('helpdesk:answer')")
    String answer(@PathVariable UUID id, @Valid @ModelAttribute("answerForm") SupportMessageForm form,
            BindingResult errors, Model model, HttpServletResponse response) {
        return change(id, errors, model, response, "answered",
                () -> helpdesk.answer(user(), new SupportRequestId(id), version(form.version()), text(form)));
    }

    @PostMapping("/requests/{id}/details-requests")
    @PreAuthorize("hasAuthority('helpdesk:answer')")
    String askForDetails(@PathVariable UUID id, @Valid @ModelAttribute("detailsForm") SupportMessageForm form,
            BindingResult errors, Model model, HttpServletResponse response) {
        return change(id, errors, model, response, "details-requested",
                () -> helpdesk.askForDetails(user(), new SupportRequestId(id), version(form.version()), text(form)));
    }

    @PostMapping("/requests/{id}/notes")
    @PreAuthorize("hasAuthority('helpdesk:answer')")
    String note(@PathVariable UUID id, @Valid @ModelAttribute("noteForm") SupportMessageForm form,
            BindingResult errors, Model model, HttpServletResponse response) {
        return change(id, errors, model, response, "noted",
                () -> helpdesk.note(user(), new SupportRequestId(id), version(form.version()), text(form)));
    }

    @PostMapping("/requests/{id}/assignment")
    @PreAuthorize("hasAuthority('helpdesk:answer')")
    String assign(@PathVariable UUID id, @Valid @ModelAttribute("stepForm") SupportStepForm form,
            BindingResult errors, Model model, HttpServletResponse response) {
        if (form.officer() == null) {
            errors.rejectValue("officer", "helpdesk.form.officer-required");
        }
        return change(id, errors, model, response, "assigned", () -> helpdesk.assign(user(),
                new SupportRequestId(id), version(form.version()), new UserId(Objects.requireNonNull(form.officer()))));
    }

    @PostMapping("/requests/{id}/closing")
    @PreAuthorize("hasAnyAuthority('helpdesk:ask', 'helpdesk:answer')")
    String close(@PathVariable UUID id, @Valid @ModelAttribute("stepForm") SupportStepForm form,
            BindingResult errors, Model model, HttpServletResponse response) {
        return change(id, errors, model, response, "closed",
                () -> helpdesk.close(user(), new SupportRequestId(id), version(form.version())));
    }

    @PostMapping("/requests/{id}/reopening")
    @PreAuthorize("hasAuthority('helpdesk:ask')")
    String reopen(@PathVariable UUID id, @Valid @ModelAttribute("stepForm") SupportStepForm form,
            BindingResult errors, Model model, HttpServletResponse response) {
        return change(id, errors, model, response, "reopened",
                () -> helpdesk.reopen(user(), new SupportRequestId(id), version(form.version())));
    }

    /**
     * Runs a change the page asked for: back to the request on success; else the request page again, as it is now,
     * with the form's errors (422) or the news that someone changed it meanwhile (409). A request the caller may not
     * see is not found before anything else.
     */
    private String change(UUID id, BindingResult errors, Model model, HttpServletResponse response, String done,
            Runnable change) {
        helpdesk.request(user(), new SupportRequestId(id)); // not found first, for a request of another organisation
        try {
            if (FormErrors.succeeded(errors, response, change)) {
                return "redirect:/helpdesk/requests/" + id + "?" + done;
            }
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            errors.reject("helpdesk.request.changed-meanwhile");
            model.addAttribute("changedMeanwhile", true);
            return requestPage(id, model);
        }
        return requestPage(id, model);
    }

    private String askPage(AskSecretariatForm form, Model model) {
        model.addAttribute("askForm", form);
        model.addAttribute("categories", SupportCategory.values());
        return "helpdesk/ask";
    }

    private String requestPage(UUID id, Model model) {
        var user = user();
        var request = helpdesk.request(user, new SupportRequestId(id));
        var secretariat = Actor.holds(ANSWER);
        var open = request.summary().status() != SupportStatus.CLOSED;
        model.addAttribute("request", request);
        model.addAttribute("secretariat", secretariat);
        model.addAttribute("canReply", !secretariat && open);
        model.addAttribute("canClose", open);
        model.addAttribute("canReopen", !secretariat && request.reopenableUntil() != null);
        model.addAttribute("canAnswer", secretariat && open);
        for (var form : new String[] { "replyForm", "answerForm", "detailsForm", "noteForm" }) {
            if (!model.containsAttribute(form)) {
                model.addAttribute(form, SupportMessageForm.of(request.version()));
            }
        }
        if (!model.containsAttribute("stepForm")) {
            model.addAttribute("stepForm", new SupportStepForm(request.version(),
                    request.summary().assignee() == null ? null : request.summary().assignee().value()));
        }
        if (secretariat) {
            model.addAttribute("officers", identity.colleagues());
            model.addAttribute("officerNames", officerNames());
        }
        return "helpdesk/request";
    }

    private Map<UUID, String> officerNames() {
        return identity.colleagues().stream()
                .collect(Collectors.toMap(a -> a.id().value(), AccountSummary::displayName, (a, b) -> a));
    }

    private SignedInUser user() {
        return identity.currentUser().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }

    private static long version(@Nullable Long version) {
        return Objects.requireNonNull(version);
    }

    private static String text(SupportMessageForm form) {
        return Objects.requireNonNull(form.text());
    }
}
