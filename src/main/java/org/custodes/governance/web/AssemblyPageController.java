package org.custodes.governance.web;

import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.custodes.governance.assembly.AgendaItem;
import org.custodes.governance.AssemblyId;
import org.custodes.governance.assembly.AssemblyKind;
import org.custodes.governance.assembly.ConveneAssembly;
import org.custodes.governance.GovernanceService;
import org.custodes.shared.Actor;
import org.custodes.shared.BusinessRuleViolation;
import org.custodes.shared.FormErrors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The General Assemblies: the list, convening one (secretariat), an assembly with its agenda and minutes. */
@Controller
@RequestMapping("/governance/assemblies")
class AssemblyPageController {

    private final GovernanceService governance;

    AssemblyPageController(GovernanceService governance) {
        this.governance = governance;
    }

    @GetMapping
    @PreAuthorize("hasAnyAuthority('governance:read', 'governance:attend')")
    String list(Model model) {
        model.addAttribute("assemblies", governance.assemblies());
        model.addAttribute("canConvene", can("governance:administer"));
        return "governance/assemblies";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('governance:administer')")
    String conveneForm(Model model) {
        return convenePage(new ConveneAssemblyForm(AssemblyKind.ORDINARY, null, null, null, null, null, null), model);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('governance:administer')")
    String convene(@Valid @ModelAttribute("conveneForm") ConveneAssemblyForm form, BindingResult errors, Model model,
            HttpServletResponse response) {
        if (!errors.hasErrors()) {
            try {
                var lines = Arrays.stream(form.agenda().split("\\R")).map(String::strip).filter(l -> !l.isEmpty())
                        .toList();
                var agenda = lines.stream().map(line -> new AgendaItem(0, line, null, null, null, null)).toList();
                var id = governance.conveneAssembly(new ConveneAssembly(form.kind(), form.title(),
                        form.pillarMeetingsAt().toInstant(ZoneOffset.UTC), form.plenaryAt().toInstant(ZoneOffset.UTC),
                        blankToNull(form.place()), blankToNull(form.onlineLink()), agenda));
                return "redirect:/governance/assemblies/" + id + "?convened";
            } catch (BusinessRuleViolation violation) {
                FormErrors.reject(errors, violation);
            }
        }
        response.setStatus(422);
        return convenePage(form, model);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyAuthority('governance:read', 'governance:attend')")
    String show(@PathVariable UUID id, Model model) {
        return show(id, new MinutesForm(null), model);
    }

    @PostMapping("/{id}/minutes")
    @PreAuthorize("hasAuthority('governance:administer')")
    String minutes(@PathVariable UUID id, @Valid @ModelAttribute("minutesForm") MinutesForm form, BindingResult errors,
            Model model, HttpServletResponse response) {
        if (FormErrors.succeeded(errors, response, () -> governance.recordMinutes(new AssemblyId(id), form.minutes()))) {
            return "redirect:/governance/assemblies/" + id + "?minutes";
        }
        return show(id, form, model);
    }

    @PostMapping("/{id}/minutes-approval")
    @PreAuthorize("hasAuthority('governance:administer')")
    String approveMinutes(@PathVariable UUID id, Model model, HttpServletResponse response) {
        try {
            governance.approveMinutes(new AssemblyId(id));
            return "redirect:/governance/assemblies/" + id + "?approved";
        } catch (BusinessRuleViolation violation) {
            model.addAttribute("violation", violation);
            response.setStatus(422);
            return show(id, new MinutesForm(null), model);
        }
    }

    private String show(UUID id, MinutesForm form, Model model) {
        var assembly = governance.assembly(new AssemblyId(id));
        model.addAttribute("assembly", assembly);
        model.addAttribute("canAdminister", can("governance:administer"));
        model.addAttribute("minutesForm", form.minutes() == null && assembly.minutes() != null
                ? new MinutesForm(assembly.minutes()) : form);
        return "governance/assembly";
    }

    private String convenePage(ConveneAssemblyForm form, Model model) {
        model.addAttribute("conveneForm", form);
        model.addAttribute("kinds", AssemblyKind.values());
        return "governance/assembly-new";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static boolean can(String permission) {
        return Actor.holds(permission);
    }
}
