package org.custodes.procurement.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.custodes.procurement.Audience;
import org.custodes.procurement.ProcurementService;
import org.custodes.procurement.ResourceId;
import org.custodes.procurement.ResourceKind;
import org.custodes.procurement.ResourceSearch;
import org.custodes.procurement.Topic;
import org.custodes.shared.BusinessRuleViolation;
import org.custodes.shared.FormErrors;
import org.custodes.shared.NotFound;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The public resources library with its filters (plain GET forms, no script) and the secretariat's editor. */
@Controller
class ResourcePageController {

    private final ProcurementService procurement;

    ResourcePageController(ProcurementService procurement) {
        this.procurement = procurement;
    }

    @GetMapping("/resources")
    @PreAuthorize("permitAll()")
    String library(@RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String audience,
            @RequestParam(required = false) @Nullable String topic,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String language,
            @RequestParam(required = false) @Nullable String paragraph,
            @RequestParam(defaultValue = "0") String page, Locale locale, Model model) {
        var languages = procurement.resourceLanguages();
        var search = new ResourceSearch(q, parse(Audience.class, audience), parse(Topic.class, topic),
                parse(ResourceKind.class, kind), language != null && languages.contains(language) ? language : null,
                paragraph(paragraph));
        var results = procurement.resources(search, new PageQuery(number(page), PageQuery.DEFAULT_SIZE));
        model.addAttribute("q", q == null ? "" : q.strip());
        model.addAttribute("audience", search.audience() == null ? "" : search.audience().name());
        model.addAttribute("topic", search.topic() == null ? "" : search.topic().name());
        model.addAttribute("kind", search.kind() == null ? "" : search.kind().name());
        model.addAttribute("language", search.language() == null ? "" : search.language());
        model.addAttribute("paragraph", search.codeParagraph() == null ? "" : search.codeParagraph().toString());
        model.addAttribute("results", results);
        model.addAttribute("audiences", Audience.values());
        model.addAttribute("topics", Topic.values());
        model.addAttribute("kinds", ResourceKind.values());
        model.addAttribute("resourceLanguages", languages.stream()
                .map(code -> new LanguageOption(code, Locale.forLanguageTag(code).getDisplayLanguage(locale))).toList());
        model.addAttribute("previousUrl", results.hasPrevious() ? pageUrl(search, results.page() - 1) : null);
        model.addAttribute("nextUrl", results.hasNext() ? pageUrl(search, results.page() + 1) : null);
        model.addAttribute("languageNames", languageNames(results.items().stream()
                .flatMap(r -> r.languages().stream()).toList(), locale));
        model.addAttribute("mayManage", procurement.mayManage());
        return "procurement/resources";
    }

    record LanguageOption(String code, String name) {
    }

    @GetMapping("/resources/{id}")
    @PreAuthorize("permitAll()")
    String resource(@PathVariable String id, Locale locale, Model model) {
        var resource = procurement.resource(resourceId(id));
        model.addAttribute("resource", resource);
        model.addAttribute("languageNames", languageNames(resource.languages(), locale));
        model.addAttribute("mayManage", procurement.mayManage());
        return "procurement/resource";
    }

    @GetMapping("/resources/new")
    @PreAuthorize("hasAuthority('procurement:manage-resources')")
    String create(Model model) {
        return form(model, SaveResourceForm.empty(), null);
    }

    @GetMapping("/resources/{id}/edit")
    @PreAuthorize("hasAuthority('procurement:manage-resources')")
    String edit(@PathVariable String id, Model model) {
        var resource = procurement.resource(resourceId(id));
        return form(model, SaveResourceForm.of(resource), resource.id().value());
    }

    @PostMapping("/resources")
    @PreAuthorize("hasAuthority('procurement:manage-resources')")
    String add(@Valid @ModelAttribute("form") SaveResourceForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return save(null, form, errors, model, response, redirect);
    }

    @PostMapping("/resources/{id}")
    @PreAuthorize("hasAuthority('procurement:manage-resources')")
    String revise(@PathVariable String id, @Valid @ModelAttribute("form") SaveResourceForm form, BindingResult errors,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        var resource = procurement.resource(resourceId(id));
        return save(resource.id(), form, errors, model, response, redirect);
    }

    private String save(@Nullable ResourceId id, SaveResourceForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (!errors.hasFieldErrors("links") && !form.malformedLinks().isEmpty()) {
            errors.rejectValue("links", "procurement.form.link-malformed", new Object[] { form.malformedLinks().getFirst() },
                    "procurement.form.link-malformed");
        }
        if (!errors.hasErrors()) {
            try {
                var saved = id == null ? procurement.addResource(form.toCommand(null))
                        : procurement.reviseResource(id, form.toCommand(id)).id();
                redirect.addFlashAttribute("saved", true);
                return "redirect:/resources/" + saved.value();
            } catch (BusinessRuleViolation violation) {
                FormErrors.reject(errors, violation);
            }
        }
        response.setStatus(422);
        return form(model, form, id == null ? null : id.value());
    }

    private String form(Model model, SaveResourceForm form, @Nullable UUID id) {
        model.addAttribute("form", form);
        model.addAttribute("resourceId", id);
        model.addAttribute("audiences", Audience.values());
        model.addAttribute("topics", Topic.values());
        model.addAttribute("kinds", ResourceKind.values());
        return "procurement/resource-form";
    }

    static ResourceId resourceId(String id) {
        try {
            return new ResourceId(UUID.fromString(id));
        } catch (IllegalArgumentException malformed) {
            throw new NotFound("resource", id);
        }
    }

    private static java.util.Map<String, String> languageNames(java.util.List<String> codes, Locale locale) {
        var names = new java.util.HashMap<String, String>();
        codes.forEach(code -> names.put(code, Locale.forLanguageTag(code).getDisplayLanguage(locale)));
        return names;
    }

    private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst().orElse(null);
    }

    private static @Nullable Integer paragraph(@Nullable String value) {
        if (value == null || !value.strip().matches("[0-9]{1,3}")) {
            return null;
        }
        return Integer.valueOf(value.strip());
    }

    private static int number(String page) {
        return page.matches("[0-9]{1,6}") ? Integer.parseInt(page) : 0;
    }

    private static String pageUrl(ResourceSearch search, int page) {
        var url = UriComponentsBuilder.fromPath("/resources");
        Optional.ofNullable(search.text()).ifPresent(v -> url.queryParam("q", v));
        Optional.ofNullable(search.audience()).ifPresent(v -> url.queryParam("audience", v.name()));
        Optional.ofNullable(search.topic()).ifPresent(v -> url.queryParam("topic", v.name()));
        Optional.ofNullable(search.kind()).ifPresent(v -> url.queryParam("kind", v.name()));
        Optional.ofNullable(search.language()).ifPresent(v -> url.queryParam("language", v));
        Optional.ofNullable(search.codeParagraph()).ifPresent(v -> url.queryParam("paragraph", v));
        return url.queryParam("page", page).encode().build().toUriString();
    }
}
