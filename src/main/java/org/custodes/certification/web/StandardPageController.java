package org.custodes.certification.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Arrays;
import org.custodes.certification.CertificationRuleViolated;
import org.custodes.certification.CertificationService;
import org.custodes.certification.standard.SaveStandard;
import org.custodes.certification.StandardCode;
import org.custodes.certification.standard.StandardDetails;
import org.custodes.shared.BusinessRuleViolation;
import org.custodes.shared.FormErrors;
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

/** The recognised standards and their Annex B items, edited by the secretariat. */
@Controller
@RequestMapping("/certification/standards")
class StandardPageController {

    record StandardForm(@NotBlank(message = "{certification.form.required}") @Size(max = 40) @Nullable String code,
            @NotBlank(message = "{certification.form.required}") @Size(max = 200) @Nullable String name,
            @NotBlank(message = "{certification.form.required}") @Size(max = 200) @Nullable String recognitionVersion,
            @NotNull(message = "{certification.form.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate recognisedOn,
            @Size(max = 20_000) @Nullable String annexBItems, boolean active) {

        static StandardForm of(StandardDetails standard) {
            return new StandardForm(standard.code().value(), standard.name(), standard.recognitionVersion(),
                    standard.recognisedOn(), String.join("\n", standard.annexBItems()), standard.active());
        }
    }

    private final CertificationService certification;

    StandardPageController(CertificationService certification) {
        this.certification = certification;
    }

    @GetMapping
    @PreAuthorize("hasAnyAuthority('certification:read', 'certification:manage', 'certification:enter-certificates', 'certification:apply')")
    String list(Model model) {
        model.addAttribute("standards", certification.standards());
        return "certification/standards";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('certification:manage')")
    String create(Model model) {
        model.addAttribute("form", new StandardForm(null, null, null, null, null, true));
        model.addAttribute("existing", false);
        return "certification/standard-form";
    }

    @GetMapping("/{code}/edit")
    @PreAuthorize("hasAuthority('certification:manage')")
    String edit(@PathVariable String code, Model model) {
        model.addAttribute("form", StandardForm.of(certification.standard(new StandardCode(code))));
        model.addAttribute("existing", true);
        return "certification/standard-form";
    }

    @PostMapping
    @PreAuthorize("hasAuthority('certification:manage')")
    String save(@Valid @ModelAttribute("form") StandardForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                var items = Arrays.asList((form.annexBItems() == null ? "" : form.annexBItems()).split("\\R"));
                certification.saveStandard(new SaveStandard(new StandardCode(form.code()), form.name().strip(),
                        form.recognitionVersion().strip(), form.recognisedOn(), items, form.active()));
                redirect.addFlashAttribute("saved", true);
                return "redirect:/certification/standards";
            } catch (BusinessRuleViolation violation) {
                FormErrors.reject(errors, violation instanceof CertificationRuleViolated ? violation
                        : new CertificationRuleViolated("code", violation.messageKey(), violation.arguments()));
            }
        }
        response.setStatus(422);
        model.addAttribute("existing", false);
        return "certification/standard-form";
    }
}
