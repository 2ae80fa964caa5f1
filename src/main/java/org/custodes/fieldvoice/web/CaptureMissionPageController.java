package org.custodes.fieldvoice.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.custodes.fieldvoice.DeviceId;
import org.custodes.fieldvoice.FieldVoiceService;
import org.custodes.fieldvoice.FormTemplate;
import org.custodes.fieldvoice.CaptureMissionId;
import org.custodes.fieldvoice.SubmissionId;
import org.custodes.shared.Actor;
import org.custodes.shared.BusinessRuleViolation;
import org.custodes.shared.FormErrors;
import org.custodes.shared.Language;
import org.custodes.shared.QrCode;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The secretariat's field missions: the list, a mission with its forms, devices and submissions, and reading one. */
@Controller
@RequestMapping("/fieldvoice")
class CaptureMissionPageController {

    private final FieldVoiceService fieldVoice;

    CaptureMissionPageController(FieldVoiceService fieldVoice) {
        this.fieldVoice = fieldVoice;
    }

    @GetMapping("/missions")
    @PreAuthorize("hasAuthority('fieldvoice:administer')")
    String missions(Model model) {
        return missionsPage(new OpenCaptureMissionForm(null), model);
    }

    @PostMapping("/missions")
    @PreAuthorize("hasAuthority('fieldvoice:administer')")
    String open(@Valid @ModelAttribute("missionForm") OpenCaptureMissionForm form, BindingResult errors, Model model,
            HttpServletResponse response) {
        if (!errors.hasErrors()) {
            return "redirect:/fieldvoice/missions/" + fieldVoice.openMission(form.name()) + "?opened";
        }
        response.setStatus(422);
        return missionsPage(form, model);
    }

    @GetMapping("/missions/{id}")
    @PreAuthorize("hasAuthority('fieldvoice:administer')")
    String mission(@PathVariable UUID id, Model model) {
        return missionPage(new CaptureMissionId(id), new PublishFormForm(null), new RegisterDeviceForm(null), model);
    }

    @PostMapping("/missions/{id}/forms")
    @PreAuthorize("hasAuthority('fieldvoice:administer')")
    String publish(@PathVariable UUID id, @Valid @ModelAttribute("publishForm") PublishFormForm form,
            BindingResult errors, Model model, HttpServletResponse response) {
        if (FormErrors.succeeded(errors, response, () -> fieldVoice.publishForm(new CaptureMissionId(id), form.template()))) {
            return "redirect:/fieldvoice/missions/" + id + "?published";
        }
        return missionPage(new CaptureMissionId(id), form, new RegisterDeviceForm(null), model);
    }

    /** Registers a device and shows its credentials on this answer only: they are never stored in clear. */
    @PostMapping("/missions/{id}/devices")
    @PreAuthorize("hasAuthority('fieldvoice:administer')")
    String register(@PathVariable UUID id, @Valid @ModelAttribute("deviceForm") RegisterDeviceForm form,
            BindingResult errors, Model model, HttpServletResponse response) {
        if (!errors.hasErrors()) {
            try {
                var issued = fieldVoice.registerDevice(new CaptureMissionId(id), form.holder());
                response.setHeader("Cache-Control", "no-store");
                model.addAttribute("issued", issued);
                model.addAttribute("qr", QrCode.svgDataUri(issued.collectSettings(), "Collect"));
                model.addAttribute("mission", fieldVoice.mission(new CaptureMissionId(id)));
                return "fieldvoice/device-issued";
            } catch (BusinessRuleViolation violation) {
                FormErrors.reject(errors, violation);
            }
        }
        response.setStatus(422);
        return missionPage(new CaptureMissionId(id), new PublishFormForm(null), form, model);
    }

    @PostMapping("/devices/{id}/revocation")
    @PreAuthorize("hasAuthority('fieldvoice:administer')")
    String revoke(@PathVariable UUID id) {
        try {
            var device = fieldVoice.revokeDevice(new DeviceId(id));
            return "redirect:/fieldvoice/missions/" + device.mission() + "?revoked";
        } catch (BusinessRuleViolation violation) {
            return "redirect:/fieldvoice/missions?already-revoked";
        }
    }

    @PostMapping("/missions/{id}/closure")
    @PreAuthorize("hasAuthority('fieldvoice:administer')")
    String close(@PathVariable UUID id) {
        try {
            fieldVoice.closeMission(new CaptureMissionId(id));
        } catch (BusinessRuleViolation alreadyClosed) {
            // closing twice changes nothing
        }
        return "redirect:/fieldvoice/missions/" + id + "?closed";
    }

    @GetMapping("/submissions/{id}")
    @PreAuthorize("hasAuthority('fieldvoice:open-submissions')")
    String submission(@PathVariable UUID id, Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("submission", fieldVoice.openSubmission(new SubmissionId(id),
                Language.of(LocaleContextHolder.getLocale())));
        return "fieldvoice/submission";
    }

    private String missionsPage(OpenCaptureMissionForm form, Model model) {
        model.addAttribute("missions", fieldVoice.missions());
        model.addAttribute("missionForm", form);
        return "fieldvoice/missions";
    }

    private String missionPage(CaptureMissionId id, PublishFormForm publishForm, RegisterDeviceForm deviceForm, Model model) {
        model.addAttribute("mission", fieldVoice.mission(id));
        model.addAttribute("forms", fieldVoice.forms(id));
        model.addAttribute("devices", fieldVoice.devices(id));
        model.addAttribute("submissions", fieldVoice.submissions(id));
        model.addAttribute("templates", FormTemplate.values());
        model.addAttribute("publishForm", publishForm);
        model.addAttribute("deviceForm", deviceForm);
        model.addAttribute("canOpen", Actor.holds("fieldvoice:open-submissions"));
        return "fieldvoice/mission";
    }
}
