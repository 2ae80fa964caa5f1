package org.custodes.governance.web;

import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.custodes.governance.resolution.DraftResolution;
import org.custodes.governance.GovernanceService;
import org.custodes.governance.resolution.ResolutionDetails;
import org.custodes.governance.ResolutionId;
import org.custodes.governance.resolution.ResolutionMatter;
import org.custodes.governance.resolution.ResolutionStatus;
import org.custodes.governance.resolution.VoteChoice;
import org.custodes.shared.Actor;
import org.custodes.shared.BusinessRuleViolation;
import org.custodes.shared.FormErrors;
import org.custodes.shared.PageQuery;
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

/** The Board's resolutions: the list, drafting (secretariat), a resolution with its votes, and voting (directors). */
@Controller
@RequestMapping("/governance/resolutions")
class ResolutionPageController {

    private final GovernanceService governance;

    ResolutionPageController(GovernanceService governance) {
        this.governance = governance;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('governance:read')")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("resolutions", governance.resolutions(new PageQuery(page, PageQuery.DEFAULT_SIZE)));
        model.addAttribute("canDraft", can("governance:administer"));
        return "governance/resolutions";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('governance:administer')")
    String draftForm(Model model) {
        return draftPage(new DraftResolutionForm(null, null, null, null, null), model);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('governance:administer')")
    String draft(@Valid @ModelAttribute("draftForm") DraftResolutionForm form, BindingResult errors, Model model,
            HttpServletResponse response) {
        if (!errors.hasErrors()) {
            try {
                var id = governance.draftResolution(new DraftResolution(form.title(), form.text(), form.matter(),
                        form.matter() == ResolutionMatter.OTHER ? null : form.application(),
                        form.closesOn().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
                return "redirect:/governance/resolutions/" + id + "?drafted";
            } catch (BusinessRuleViolation violation) {
                FormErrors.reject(errors, violation);
            }
        }
        response.setStatus(422);
        return draftPage(form, model);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('governance:read')")
    String show(@PathVariable UUID id, Model model) {
        return show(governance.resolution(new ResolutionId(id)), new CastVoteForm(null), new DeclareConflictForm(null),
                model);
    }

    @PostMapping("/{id}/vote")
    @PreAuthorize("hasAuthority('governance:vote')")
    String vote(@PathVariable UUID id, @Valid @ModelAttribute("voteForm") CastVoteForm form, BindingResult errors,
            Model model, HttpServletResponse response) {
        if (FormErrors.succeeded(errors, response, () -> governance.vote(new ResolutionId(id), form.choice()))) {
            return "redirect:/governance/resolutions/" + id + "?voted";
        }
        return show(governance.resolution(new ResolutionId(id)), form, new DeclareConflictForm(null), model);
    }

    @PostMapping("/{id}/recusal")
    @PreAuthorize("hasAuthority('governance:vote')")
    String recuse(@PathVariable UUID id, @Valid @ModelAttribute("conflictForm") DeclareConflictForm form,
            BindingResult errors, Model model, HttpServletResponse response) {
        if (FormErrors.succeeded(errors, response, () -> governance.recuse(new ResolutionId(id), form.reason()))) {
            return "redirect:/governance/resolutions/" + id + "?recused";
        }
        return show(governance.resolution(new ResolutionId(id)), new CastVoteForm(null), form, model);
    }

    private String draftPage(DraftResolutionForm form, Model model) {
        model.addAttribute("draftForm", form);
        model.addAttribute("matters", ResolutionMatter.values());
        model.addAttribute("applications", governance.applicationsAwaitingTheBoard());
        model.addAttribute("rules", governance.resolutionRules());
        return "governance/resolution-new";
    }

    private String show(ResolutionDetails resolution, CastVoteForm voteForm, DeclareConflictForm conflictForm,
            Model model) {
        var me = Actor.current().map(Actor::userId).orElse(null);
        var mine = resolution.directors().stream().filter(director -> director.director().equals(me)).findFirst();
        model.addAttribute("resolution", resolution);
        model.addAttribute("mine", mine.orElse(null));
        model.addAttribute("canVote", resolution.status() == ResolutionStatus.OPEN && can("governance:vote")
                && mine.map(director -> !director.hasVoted() && !director.recused()).orElse(false));
        model.addAttribute("choices", VoteChoice.values());
        model.addAttribute("voteForm", voteForm);
        model.addAttribute("conflictForm", conflictForm);
        return "governance/resolution";
    }

    private static boolean can(String permission) {
        return Actor.holds(permission);
    }
}
