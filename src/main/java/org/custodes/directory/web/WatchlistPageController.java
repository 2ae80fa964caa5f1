package org.custodes.directory.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.custodes.directory.DirectoryService;
import org.custodes.shared.BusinessRuleViolation;
import org.custodes.shared.NotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A client's watchlist and webhooks, with the webhooks' delivery log. */
@Controller
class WatchlistPageController {

    private final DirectoryService directory;

    WatchlistPageController(DirectoryService directory) {
        this.directory = directory;
    }

    record WebhookForm(@NotBlank(message = "{directory.webhook.url.required}")
                       @Size(max = 2000, message = "{directory.webhook.url.too-long}") String url) {
    }

    @GetMapping("/directory/watchlist")
    @PreAuthorize("hasAuthority('directory:watch')")
    String watchlist(Model model) {
        model.addAttribute("companies", directory.watchlist());
        return "directory/watchlist";
    }

    @PostMapping("/directory/watchlist")
    @PreAuthorize("hasAuthority('directory:watch')")
    String follow(@RequestParam String company) {
        var id = DirectoryPageController.companyId(company);
        directory.follow(id);
        return "redirect:/directory/companies/" + id + "#watch";
    }

    @PostMapping("/directory/watchlist/{company}/removal")
    @PreAuthorize("hasAuthority('directory:watch')")
    String unfollow(@PathVariable String company, @RequestParam(required = false) String from) {
        var id = DirectoryPageController.companyId(company);
        directory.unfollow(id);
        return "watchlist".equals(from) ? "redirect:/directory/watchlist" : "redirect:/directory/companies/" + id + "#watch";
    }

    @GetMapping("/directory/webhooks")
    @PreAuthorize("hasAuthority('directory:webhooks')")
    String webhooks(Model model) {
        model.addAttribute("webhookForm", new WebhookForm(""));
        return webhooksPage(model);
    }

    @PostMapping("/directory/webhooks")
    @PreAuthorize("hasAuthority('directory:webhooks')")
    String register(@Valid @ModelAttribute("webhookForm") WebhookForm form, BindingResult errors, Model model,
            HttpServletResponse response) {
        if (!errors.hasErrors()) {
            try {
                model.addAttribute("registered", directory.registerWebhook(form.url()));
                model.addAttribute("webhookForm", new WebhookForm(""));
                return webhooksPage(model);
            } catch (BusinessRuleViolation refused) {
                errors.rejectValue("url", refused.messageKey());
            }
        }
        response.setStatus(422);
        return webhooksPage(model);
    }

    @PostMapping("/directory/webhooks/{id}/removal")
    @PreAuthorize("hasAuthority('directory:webhooks')")
    String remove(@PathVariable String id) {
        try {
            directory.removeWebhook(UUID.fromString(id));
        } catch (IllegalArgumentException malformed) {
            throw new NotFound("webhook", id);
        }
        return "redirect:/directory/webhooks";
    }

    private String webhooksPage(Model model) {
        model.addAttribute("webhooks", directory.webhooks());
        model.addAttribute("deliveries", directory.webhookDeliveries());
        return "directory/webhooks";
    }
}
