package org.custodes.organisation.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.custodes.organisation.ContactId;
import org.custodes.organisation.OrganisationDetails;
import org.custodes.organisation.OrganisationKind;
import org.custodes.organisation.OrganisationRefused;
import org.custodes.organisation.OrganisationSearch;
import org.custodes.organisation.OrganisationService;
import org.custodes.organisation.SecurityService;
import org.custodes.shared.Actor;
import org.custodes.shared.CountryCode;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.PageQuery;
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
import org.springframework.web.util.UriComponentsBuilder;

/** The secretariat's pages for the registry, and every member's read-only page of their own organisation. */
@Controller
@RequestMapping("/organisations")
class OrganisationPageController {

    private static final int UNPROCESSABLE = 422;

    private final OrganisationService organisations;

    OrganisationPageController(OrganisationService organisations) {
        this.organisations = organisations;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('organisation:read')")
    String list(@RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable OrganisationKind kind,
            @RequestParam(required = false) @Nullable String country,
            @RequestParam(required = false) @Nullable SecurityService service,
            @RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
        var countryCode = CountryCode.isKnown(country) ? new CountryCode(country) : null;
        var search = new OrganisationSearch(q, kind, countryCode, service);
        var results = organisations.search(search, new PageQuery(page, PageQuery.DEFAULT_SIZE));
        model.addAttribute("search", search);
        model.addAttribute("results", results);
        model.addAttribute("previousPage", pageLink(search, results.page() - 1));
        model.addAttribute("nextPage", pageLink(search, results.page() + 1));
        model.addAttribute("kinds", OrganisationKind.values());
        model.addAttribute("services", SecurityService.values());
        model.addAttribute("countries", CountryChoice.all(locale));
        model.addAttribute("canManage", Actor.holds("organisation:manage"));
        return "organisation/list";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('organisation:manage')")
    String newOrganisation(Locale locale, Model model) {
        return form(model, OrganisationForm.empty(), null, locale);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('organisation:manage')")
    String register(@Valid @ModelAttribute("form") OrganisationForm form, BindingResult errors, Locale locale,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        checkCountries(form, errors);
        if (!errors.hasErrors()) {
            try {
                var id = organisations.register(form.toRegister());
                redirect.addFlashAttribute("saved", "organisation.saved");
                return "redirect:/organisations/" + id;
            } catch (OrganisationRefused refused) {
                reject(errors, refused);
            }
        }
        response.setStatus(UNPROCESSABLE);
        return form(model, form, null, locale);
    }

    @GetMapping("/mine")
    @PreAuthorize("hasAnyAuthority('organisation:read', 'organisation:read-own')")
    String mine(Model model, Locale locale) {
        return details(model, organisations.mine(), ContactForm.empty(), false, locale);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyAuthority('organisation:read', 'organisation:read-own')")
    String show(@PathVariable UUID id, Model model, Locale locale) {
        var details = organisations.details(new OrganisationId(id));
        return details(model, details, ContactForm.empty(), Actor.holds("organisation:manage"), locale);
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('organisation:manage')")
    String edit(@PathVariable UUID id, Model model, Locale locale) {
        var details = organisations.details(new OrganisationId(id));
        return form(model, OrganisationForm.of(details), details.organisation().id(), locale);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('organisation:manage')")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") OrganisationForm form, BindingResult errors,
            Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        var organisation = new OrganisationId(id);
        organisations.details(organisation);
        checkCountries(form, errors);
        if (!errors.hasErrors()) {
            try {
                organisations.update(form.toUpdate(organisation));
                redirect.addFlashAttribute("saved", "organisation.saved");
                return "redirect:/organisations/" + id;
            } catch (OrganisationRefused refused) {
                reject(errors, refused);
            }
        }
        response.setStatus(UNPROCESSABLE);
        return form(model, form, organisation, locale);
    }

    @PostMapping("/{id}/contacts")
    @PreAuthorize("hasAuthority('organisation:manage')")
    String addContact(@PathVariable UUID id, @Valid @ModelAttribute("contactForm") ContactForm form,
            BindingResult errors, Locale locale, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        var organisation = new OrganisationId(id);
        var details = organisations.details(organisation);
        if (!errors.hasErrors()) {
            try {
                organisations.addContact(form.toCommand(organisation));
                redirect.addFlashAttribute("saved", "organisation.contact.saved");
                return "redirect:/organisations/" + id + "#contacts";
            } catch (OrganisationRefused refused) {
                reject(errors, refused);
            }
        }
        response.setStatus(UNPROCESSABLE);
        return details(model, details, form, true, locale);
    }

    @PostMapping("/{id}/contacts/{contact}/removal")
    @PreAuthorize("hasAuthority('organisation:manage')")
    String removeContact(@PathVariable UUID id, @PathVariable UUID contact, RedirectAttributes redirect) {
        organisations.removeContact(new OrganisationId(id), new ContactId(contact));
        redirect.addFlashAttribute("saved", "organisation.contact.removed");
        return "redirect:/organisations/" + id + "#contacts";
    }

    /** The list's address for another page, with the same filters and nothing else. */
    private static String pageLink(OrganisationSearch search, int page) {
        return UriComponentsBuilder.fromPath("/organisations")
                .queryParamIfPresent("q", Optional.ofNullable(search.name()))
                .queryParamIfPresent("kind", Optional.ofNullable(search.kind()))
                .queryParamIfPresent("country", Optional.ofNullable(search.countryOfOperation()))
                .queryParamIfPresent("service", Optional.ofNullable(search.service()))
                .queryParam("page", page)
                .encode().build().toUriString();
    }

    private String form(Model model, OrganisationForm form, @Nullable OrganisationId id, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("organisationId", id);
        model.addAttribute("chosenCountries", Set.copyOf(form.countriesOfOperationOrEmpty()));
        model.addAttribute("kinds", OrganisationKind.values());
        model.addAttribute("services", SecurityService.values());
        model.addAttribute("countries", CountryChoice.all(locale));
        return "organisation/form";
    }

    private String details(Model model, OrganisationDetails details, ContactForm contactForm, boolean canManage,
            Locale locale) {
        var organisation = details.organisation();
        model.addAttribute("details", details);
        model.addAttribute("organisation", organisation);
        model.addAttribute("registrationCountry", organisation.countryOfRegistration().displayName(locale));
        model.addAttribute("operations", CountryChoice.sorted(organisation.countriesOfOperation(), locale));
        model.addAttribute("offered", organisation.services().stream().sorted().toList());
        model.addAttribute("registeredOn", LocalDate.ofInstant(details.registeredAt(), ZoneOffset.UTC));
        model.addAttribute("canManage", canManage);
        if (!model.containsAttribute("contactForm")) {
            model.addAttribute("contactForm", contactForm);
        }
        return "organisation/details";
    }

    private static void checkCountries(OrganisationForm form, BindingResult errors) {
        var registration = form.countryOfRegistration();
        if (registration != null && !registration.isBlank() && !CountryCode.isKnown(registration)) {
            errors.rejectValue("countryOfRegistration", "country.unknown", new Object[] { registration }, null);
        }
        if (form.hasUnknownCountry()) {
            errors.rejectValue("countriesOfOperation", "organisation.form.country.unknown");
        }
    }

    private static void reject(BindingResult errors, OrganisationRefused refused) {
        if (List.of("version").contains(refused.field())) {
            errors.reject(refused.messageKey(), refused.arguments(), null);
        } else {
            errors.rejectValue(refused.field(), refused.messageKey(), refused.arguments(), null);
        }
    }
}
