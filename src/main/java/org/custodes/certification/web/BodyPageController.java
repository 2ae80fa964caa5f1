package org.custodes.certification.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.custodes.certification.body.AccreditationRoute;
import org.custodes.certification.body.BodyStatus;
import org.custodes.certification.CertificationRuleViolated;
import org.custodes.certification.CertificationService;
import org.custodes.certification.body.SaveCertificationBody;
import org.custodes.certification.StandardCode;
import org.custodes.organisation.OrganisationService;
import org.custodes.shared.BusinessRuleViolation;
import org.custodes.shared.FormErrors;
import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Accepted certification bodies: their accreditation, standards, acceptance period and status. */
@Controller
@RequestMapping("/certification/bodies")
class BodyPageController {

    record BodyForm(@NotBlank(message = "{certification.form.required}") @Size(max = 300) @Nullable String organisationName,
            @NotNull(message = "{certification.form.required}") @Nullable AccreditationRoute route,
            @NotBlank(message = "{certification.form.required}") @Size(max = 200) @Nullable String accreditationBody,
            boolean iafMlaSignatory, @Nullable List<String> standards,
            @NotNull(message = "{certification.form.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate acceptedFrom,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate acceptedUntil,
            @Email(message = "{certification.form.email}") @Size(max = 254) @Nullable String contactEmail) {
    }

    record StatusForm(@NotNull(message = "{certification.form.required}") @Nullable BodyStatus status,
            @NotNull(message = "{certification.form.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate effectiveOn) {
    }

    private final CertificationService certification;
    private final OrganisationService organisations;
    private final org.springframework.context.MessageSource messages;
    private final Clock clock;

    BodyPageController(CertificationService certification, OrganisationService organisations,
            org.springframework.context.MessageSource messages, Clock clock) {
        this.certification = certification;
        this.organisations = organisations;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAnyAuthority('certification:read', 'certification:manage')")
    String list(Model model) {
        model.addAttribute("bodies", certification.bodies());
        model.addAttribute("statusForm", new StatusForm(null, LocalDate.now(clock)));
        return "certification/bodies";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('certification:manage')")
    String create(Model model) {
        model.addAttribute("form", new BodyForm(null, AccreditationRoute.DIRECT, null, true, List.of(),
                LocalDate.now(clock), null, null));
        return form(model);
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('certification:manage')")
    String edit(@PathVariable UUID id, Model model) {
        var body = certification.body(new OrganisationId(id));
        model.addAttribute("form", new BodyForm(body.legalName(), body.route(), body.accreditationBody(),
                body.iafMlaSignatory(), body.standards().stream().map(StandardCode::value).sorted().toList(),
                body.acceptedFrom(), body.acceptedUntil(), body.contactEmail()));
        return form(model);
    }

    private String form(Model model) {
        model.addAttribute("standards", certification.standards());
        model.addAttribute("routes", AccreditationRoute.values());
        return "certification/body-form";
    }

    @PostMapping
    @PreAuthorize("hasAuthority('certification:manage')")
    String save(@Valid @ModelAttribute("form") BodyForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            var organisation = organisations.findByLegalName(form.organisationName().strip());
            if (organisation.isEmpty()) {
                errors.rejectValue("organisationName", "certification.body.not-a-body");
            } else {
                try {
                    var standards = (form.standards() == null ? List.<String>of() : form.standards()).stream()
                            .map(StandardCode::new).collect(Collectors.toSet());
                    certification.saveBody(new SaveCertificationBody(organisation.get().id(), form.route(),
                            form.accreditationBody().strip(), form.iafMlaSignatory(), standards, form.acceptedFrom(),
                            form.acceptedUntil(), form.contactEmail() == null || form.contactEmail().isBlank() ? null
                                    : form.contactEmail().strip()));
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/certification/bodies";
                } catch (CertificationRuleViolated violation) {
                    if ("organisation".equals(violation.field())) {
                        errors.rejectValue("organisationName", violation.messageKey());
                    } else {
                        FormErrors.reject(errors, violation);
                    }
                } catch (BusinessRuleViolation violation) {
                    FormErrors.reject(errors, violation);
                }
            }
        }
        response.setStatus(422);
        return form(model);
    }

    @PostMapping("/{id}/status")
    @PreAuthorize("hasAuthority('certification:manage')")
    String changeStatus(@PathVariable UUID id, @Valid @ModelAttribute("statusForm") StatusForm form, BindingResult errors,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                certification.changeBodyStatus(new OrganisationId(id), form.status(), form.effectiveOn());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/certification/bodies";
            } catch (BusinessRuleViolation violation) {
                FormErrors.reject(errors, violation);
            }
        }
        response.setStatus(422);
        model.addAttribute("bodies", certification.bodies());
        var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        model.addAttribute("statusErrors", errors.getAllErrors().stream()
                .map(error -> messages.getMessage(error, locale)).toList());
        return "certification/bodies";
    }
}
