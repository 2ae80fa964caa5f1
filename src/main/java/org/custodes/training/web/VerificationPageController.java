package org.custodes.training.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.custodes.shared.OrganisationId;
import org.custodes.training.CompletionId;
import org.custodes.training.TrainingService;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public verification of a training credential (what its QR code opens), media, and revocation. */
@Controller
class VerificationPageController {

    private final TrainingService training;

    VerificationPageController(TrainingService training) {
        this.training = training;
    }

    @GetMapping("/training/verify")
    @PreAuthorize("permitAll()")
    String verify(@RequestParam(required = false) @Nullable String credential, Model model) {
        if (credential != null && !credential.isBlank()) {
            model.addAttribute("check", training.verify(credential));
            model.addAttribute("credential", credential);
        }
        model.addAttribute("keys", training.signingKeys());
        return "training/verify";
    }

    @GetMapping("/training/media/{id}")
    @PreAuthorize("permitAll()")
    ResponseEntity<byte[]> media(@PathVariable java.util.UUID id) {
        var media = training.media(id);
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(30)).cachePublic())
                .header("Content-Type", media.contentType()).body(media.content());
    }

    @PostMapping("/training/revocations")
    @PreAuthorize("hasAuthority('training:manage')")
    String revoke(@Valid @ModelAttribute("revokeForm") RevokeCredentialForm form, BindingResult errors,
            HttpServletResponse response, Model model) {
        if (errors.hasErrors()) {
            response.setStatus(422);
            model.addAttribute("keys", training.signingKeys());
            model.addAttribute("revokeRefused", true);
            return "training/verify";
        }
        training.revoke(new OrganisationId(form.organisation()), new CompletionId(form.completion()), form.reason());
        return "redirect:/training/courses";
    }
}
