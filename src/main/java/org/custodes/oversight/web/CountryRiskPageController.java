package org.custodes.oversight.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.custodes.oversight.CountryRisk;
import org.custodes.oversight.OversightService;
import org.custodes.shared.Actor;
import org.custodes.shared.BusinessRuleViolation;
import org.custodes.shared.CountryCode;
import org.custodes.shared.FormErrors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** The country-risk list behind the ranking's country signal: read by the ranking's readers, kept by the secretariat. */
@Controller
class CountryRiskPageController {

    private final OversightService oversight;

    CountryRiskPageController(OversightService oversight) {
        this.oversight = oversight;
    }

    @GetMapping("/oversight/country-risks")
    @PreAuthorize("hasAuthority('oversight:ranking')")
    String list(Model model) {
        return page(new CountryRiskForm(null, null, null, null, null), model);
    }

    @PostMapping("/oversight/country-risks")
    @PreAuthorize("hasAuthority('oversight:administer')")
    String set(@Valid @ModelAttribute("riskForm") CountryRiskForm form, BindingResult errors, Model model,
            HttpServletResponse response) {
        if (!errors.hasErrors() && !CountryCode.isKnown(form.country())) {
            errors.rejectValue("country", "oversight.form.country");
        }
        var saved = FormErrors.attempt(errors, response, () -> {
            try {
                return oversight.setCountryRisk(new CountryRisk(new CountryCode(form.country()), form.region(),
                        form.risk(), form.source(), 0), form.version() == null ? -1 : form.version());
            } catch (OptimisticLockingFailureException stale) {
                throw new BusinessRuleViolation("oversight.country-risk.stale");
            }
        });
        if (saved.isPresent()) {
            return "redirect:/oversight/country-risks?saved=" + saved.get().country().value();
        }
        return page(form, model);
    }

    private String page(CountryRiskForm form, Model model) {
        model.addAttribute("risks", oversight.countryRisks());
        model.addAttribute("riskForm", form);
        model.addAttribute("canEdit", Actor.holds("oversight:administer"));
        return "oversight/country-risks";
    }
}
