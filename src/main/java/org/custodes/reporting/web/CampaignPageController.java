package org.custodes.reporting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.custodes.framework.FrameworkService;
import org.custodes.organisation.OrganisationKind;
import org.custodes.organisation.OrganisationSearch;
import org.custodes.organisation.OrganisationService;
import org.custodes.reporting.CampaignId;
import org.custodes.reporting.ReportRefused;
import org.custodes.reporting.ReportingService;
import org.jspecify.annotations.Nullable;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The secretariat's campaigns: opening one, each participant's standing, and the analytics. */
@Controller
@RequestMapping("/reporting/campaigns")
class CampaignPageController {

    private static final int UNPROCESSABLE = 422;

    private final ReportingService reporting;
    private final FrameworkService framework;
    private final OrganisationService organisations;
    private final ReportingTexts texts;
    private final Clock clock;

    CampaignPageController(ReportingService reporting, FrameworkService framework, OrganisationService organisations,
            ReportingTexts texts, Clock clock) {
        this.reporting = reporting;
        this.framework = framework;
        this.organisations = organisations;
        this.texts = texts;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAnyAuthority('reporting:read', 'reporting:review', 'reporting:manage')")
    String campaigns(Model model) {
        model.addAttribute("campaigns", reporting.campaigns());
        model.addAttribute("canManage", ReportingTexts.holds("reporting:manage"));
        return "reporting/campaigns";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('reporting:manage')")
    String newCampaign(Model model) {
        var latest = framework.latestLibrary().map(l -> l.id().value()).orElse(null);
        return form(model, CampaignForm.defaults(LocalDate.now(clock), latest));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('reporting:manage')")
    String open(@Valid @ModelAttribute("form") CampaignForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (form.chosenScope() && form.chosenCompanies().isEmpty()) {
            errors.rejectValue("companies", "reporting.campaign.choose-companies");
        }
        if (!errors.hasErrors()) {
            try {
                var id = reporting.openCampaign(form.toCommand());
                redirect.addFlashAttribute("saved", "reporting.campaign.opened");
                return "redirect:/reporting/campaigns/" + id;
            } catch (ReportRefused refused) {
                errors.reject(refused.messageKey(), refused.arguments(), null);
            }
        }
        response.setStatus(UNPROCESSABLE);
        return form(model, form);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyAuthority('reporting:read', 'reporting:review', 'reporting:manage')")
    String campaign(@PathVariable UUID id, Model model) {
        model.addAttribute("status", reporting.campaignStatus(new CampaignId(id)));
        return "reporting/campaign";
    }

    @GetMapping("/{id}/analytics")
    @PreAuthorize("hasAnyAuthority('reporting:read', 'reporting:review')")
    String analytics(@PathVariable UUID id, @RequestParam(required = false) @Nullable String section, Model model) {
        var analytics = reporting.analytics(new CampaignId(id));
        var chosen = section != null ? section
                : analytics.sections().isEmpty() ? "" : analytics.sections().getFirst().section().code();
        model.addAttribute("analytics", analytics);
        model.addAttribute("chosenSection", chosen);
        model.addAttribute("answers", analytics.answers().stream()
                .filter(a -> a.indicator().sectionCode().equals(chosen)).toList());
        return "reporting/analytics";
    }

    private String form(Model model, CampaignForm form) {
        model.addAttribute("form", form);
        model.addAttribute("libraries", framework.libraries());
        var companies = organisations.search(new OrganisationSearch(null, OrganisationKind.COMPANY, null, null),
                new org.custodes.shared.PageQuery(0, org.custodes.shared.PageQuery.MAX_SIZE));
        model.addAttribute("companies", companies.items());
        model.addAttribute("chosenCompanies", form.chosenCompanies());
        model.addAttribute("chosenScope", form.chosenScope());
        return "reporting/campaign-form";
    }
}
