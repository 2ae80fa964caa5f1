package org.custodes.monitoring.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.custodes.identity.AccountSummary;
import org.custodes.identity.IdentityService;
import org.custodes.monitoring.mission.IntervieweeRole;
import org.custodes.monitoring.mission.MissionDetails;
import org.custodes.monitoring.mission.MissionId;
import org.custodes.monitoring.mission.MissionService;
import org.custodes.monitoring.mission.MissionStatus;
import org.custodes.monitoring.mission.MissionTrigger;
import org.custodes.monitoring.mission.RecordInterview;
import org.custodes.shared.Actor;
import org.custodes.shared.FormErrors;
import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
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
 * Field-based reviews: the list by status and the plan of a new mission for the secretariat, the mission page as the
 * team's shared plan with its course and interviews, and the missions a civil-society partner takes part in (its
 * users see those and no other; companies never see a mission).
 */
@Controller
@RequestMapping("/monitoring/missions")
class FieldReviewPageController {

    private final MissionService missions;
    private final IdentityService identity;

    FieldReviewPageController(MissionService missions, IdentityService identity) {
        this.missions = missions;
        this.identity = identity;
    }

    @GetMapping
    @PreAuthorize("hasAnyAuthority('monitoring:read', 'monitoring:observe')")
    String list(@RequestParam(required = false) @Nullable MissionStatus status, Model model) {
        var internal = Actor.holds("monitoring:read");
        var all = internal ? missions.missions() : missions.partnerMissions();
        model.addAttribute("internal", internal);
        model.addAttribute("statuses", MissionStatus.values());
        model.addAttribute("status", status);
        model.addAttribute("byStatus", Arrays.stream(MissionStatus.values()).collect(Collectors.toMap(
                Function.identity(), s -> all.stream().filter(m -> m.status() == s).count())));
        model.addAttribute("missions", all.stream().filter(m -> status == null || m.status() == status).toList());
        model.addAttribute("canPlan", Actor.holds("monitoring:handle"));
        return "monitoring/missions";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('monitoring:handle')")
    String form(Model model, Locale locale) {
        return formPage(PlanMissionForm.empty(), model, locale);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('monitoring:handle')")
    String plan(@Valid @ModelAttribute("missionForm") PlanMissionForm form, BindingResult errors, Model model,
            Locale locale, HttpServletResponse response) {
        return FormErrors.attempt(errors, response, () -> missions.plan(form.command()))
                .map(id -> "redirect:/monitoring/missions/" + id + "?planned")
                .orElseGet(() -> formPage(form, model, locale));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyAuthority('monitoring:read', 'monitoring:observe')")
    String show(@PathVariable UUID id, Model model, Locale locale) {
        var mission = Actor.holds("monitoring:read") ? missions.mission(new MissionId(id))
                : missions.partnerMission(new MissionId(id));
        return showPage(mission, model, locale);
    }

    @PostMapping("/{id}/status")
    @PreAuthorize("hasAuthority('monitoring:handle')")
    String move(@PathVariable UUID id, @Valid @ModelAttribute("stepForm") MissionStepForm form, BindingResult errors,
            Model model, Locale locale, HttpServletResponse response) {
        try {
            if (FormErrors.succeeded(errors, response, () -> missions.move(new MissionId(id),
                    java.util.Objects.requireNonNull(form.version()), form.to(), form.reason()))) {
                return "redirect:/monitoring/missions/" + id + "?moved";
            }
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            response.setStatus(409);
            errors.reject("monitoring.mission.changed-meanwhile");
        }
        return showPage(missions.mission(new MissionId(id)), model, locale);
    }

    @GetMapping("/{id}/interviews/new")
    @PreAuthorize("hasAuthority('monitoring:handle')")
    String interviewForm(@PathVariable UUID id, Model model) {
        return interviewPage(missions.mission(new MissionId(id)), RecordInterviewForm.empty(), model);
    }

    @PostMapping("/{id}/interviews")
    @PreAuthorize("hasAuthority('monitoring:handle')")
    String interview(@PathVariable UUID id, @Valid @ModelAttribute("interviewForm") RecordInterviewForm form,
            BindingResult errors, Model model, HttpServletResponse response) {
        var paragraphs = CodeParagraphList.parse(form.codeParagraphs(), "codeParagraphs", errors);
        if (FormErrors.succeeded(errors, response, () -> missions.recordInterview(new MissionId(id),
                new RecordInterview(form.company() == null ? null : new OrganisationId(form.company()), form.role(),
                        Boolean.TRUE.equals(form.consent()), form.intervieweeName(), form.notes(), paragraphs)))) {
            return "redirect:/monitoring/missions/" + id + "?interviewed";
        }
        return interviewPage(missions.mission(new MissionId(id)), form, model);
    }

    private String formPage(PlanMissionForm form, Model model, Locale locale) {
        var choices = missions.planChoices();
        model.addAttribute("missionForm", form);
        model.addAttribute("triggers", MissionTrigger.values());
        model.addAttribute("countries", ObservationPageController.countries(locale));
        model.addAttribute("companies", choices.companies());
        model.addAttribute("partners", choices.partners());
        model.addAttribute("staff", identity.colleagues());
        return "monitoring/mission-new";
    }

    private String showPage(MissionDetails mission, Model model, Locale locale) {
        var handles = Actor.holds("monitoring:handle");
        model.addAttribute("mission", mission);
        model.addAttribute("countryName", new org.custodes.shared.CountryCode(mission.country()).displayName(locale));
        model.addAttribute("teamNames", teamNames(mission));
        model.addAttribute("internal", Actor.holds("monitoring:read"));
        if (!model.containsAttribute("stepForm")) {
            model.addAttribute("stepForm", new MissionStepForm(null, mission.version(), null));
        }
        model.addAttribute("canStart", handles && mission.status() == MissionStatus.PLANNED);
        model.addAttribute("canComplete", handles && mission.status() == MissionStatus.IN_PROGRESS);
        model.addAttribute("canCancel", handles
                && (mission.status() == MissionStatus.PLANNED || mission.status() == MissionStatus.IN_PROGRESS));
        model.addAttribute("canInterview", handles && mission.status() == MissionStatus.IN_PROGRESS);
        return "monitoring/mission";
    }

    private String interviewPage(MissionDetails mission, RecordInterviewForm form, Model model) {
        model.addAttribute("mission", mission);
        model.addAttribute("interviewForm", form);
        model.addAttribute("roles", IntervieweeRole.values());
        return "monitoring/interview-new";
    }

    /** The names of the team's secretariat members the reader may know (their own organisation's accounts). */
    private java.util.List<String> teamNames(MissionDetails mission) {
        Map<UUID, String> names = identity.colleagues().stream()
                .collect(Collectors.toMap(a -> a.id().value(), AccountSummary::displayName, (a, b) -> a));
        return mission.team().stream().map(names::get).filter(java.util.Objects::nonNull).sorted().toList();
    }
}
