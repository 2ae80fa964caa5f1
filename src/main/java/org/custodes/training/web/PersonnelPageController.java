package org.custodes.training.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.custodes.shared.Actor;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.QrCode;
import org.custodes.training.personnel.EnrolPerson;
import org.custodes.training.Enrolment;
import org.custodes.training.LearnerId;
import org.custodes.training.TrainingRefused;
import org.custodes.training.TrainingService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** A company's personnel: enrolment with a printable code card, and its coverage. */
@Controller
@RequestMapping("/training")
class PersonnelPageController {

    private final TrainingService training;
    private final String baseUrl;

    PersonnelPageController(TrainingService training, @Value("${custodes.base-url}") String baseUrl) {
        this.training = training;
        this.baseUrl = baseUrl.replaceAll("/$", "");
    }

    @GetMapping("/personnel")
    @PreAuthorize("hasAuthority('training:enrol')")
    String personnel(Model model) {
        var organisation = Actor.current().orElseThrow().organisationId();
        model.addAttribute("people", training.personnel(organisation));
        model.addAttribute("coverage", training.coverage(organisation));
        model.addAttribute("languages", org.custodes.shared.Language.values());
        if (!model.containsAttribute("enrolForm")) {
            model.addAttribute("enrolForm", new EnrolPersonForm(null, null, null, null));
        }
        return "training/personnel";
    }

    @PostMapping("/personnel")
    @PreAuthorize("hasAuthority('training:enrol')")
    String enrol(@Valid @ModelAttribute("enrolForm") EnrolPersonForm form, BindingResult errors, Model model,
            HttpServletResponse response) {
        var organisation = Actor.current().orElseThrow().organisationId();
        if (!errors.hasErrors()) {
            try {
                var phone = form.phone() == null || form.phone().isBlank() ? null : form.phone().strip();
                var enrolment = training.enrol(new EnrolPerson(organisation, form.fullName().strip(),
                        form.personnelNumber().strip(), phone, form.language()));
                return card(enrolment, form.fullName().strip(), model);
            } catch (TrainingRefused refused) {
                errors.rejectValue("personnelNumber", refused.messageKey(), refused.arguments(), refused.messageKey());
            }
        }
        response.setStatus(422);
        return personnel(model);
    }

    @PostMapping("/personnel/{id}/code")
    @PreAuthorize("hasAuthority('training:enrol')")
    String newCode(@PathVariable UUID id, Model model) {
        var organisation = Actor.current().orElseThrow().organisationId();
        var enrolment = training.newCode(organisation, new LearnerId(id));
        var name = training.personnel(organisation).stream().filter(p -> p.id().value().equals(id)).findFirst()
                .map(p -> p.fullName()).orElse("");
        return card(enrolment, name, model);
    }

    /** Another company's coverage answers 404; the secretariat sees every company's. */
    @GetMapping("/coverage/{organisation}")
    @PreAuthorize("hasAnyAuthority('training:enrol', 'training:manage')")
    String coverage(@PathVariable UUID organisation, Model model) {
        var id = new OrganisationId(organisation);
        model.addAttribute("coverage", training.coverage(id));
        model.addAttribute("personnel", training.personnelOf(id));
        return "training/coverage";
    }

    private String card(Enrolment enrolment, String name, Model model) {
        var url = baseUrl + "/training/learn?code=" + enrolment.code();
        model.addAttribute("name", name);
        model.addAttribute("code", enrolment.code().substring(0, 5) + "-" + enrolment.code().substring(5));
        model.addAttribute("expiresOn", enrolment.codeExpiresOn());
        model.addAttribute("qr", QrCode.svgDataUri(url, name));
        return "training/card";
    }
}
