package org.custodes.framework.web;

import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.custodes.framework.FrameworkRefused;
import org.custodes.framework.FrameworkService;
import org.custodes.framework.LibraryFormat;
import org.custodes.framework.LibraryImportRefused;
import org.custodes.framework.LibraryVersionId;
import org.custodes.shared.Actor;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The Code's versions and the indicator library, for everyone signed in; adding and importing for the secretariat. */
@Controller
@RequestMapping("/framework")
class FrameworkPageController {

    private static final int UNPROCESSABLE = 422;

    private final FrameworkService framework;
    private final MessageSource messages;

    FrameworkPageController(FrameworkService framework, MessageSource messages) {
        this.framework = framework;
        this.messages = messages;
    }

    /** A problem of a refused import, said in the reader's language. */
    record ProblemLine(String sheet, int row, String column, String message) {
    }

    @GetMapping
    @PreAuthorize("hasAuthority('framework:read')")
    String overview(Model model) {
        model.addAttribute("versions", framework.codeVersions());
        model.addAttribute("libraries", framework.libraries());
        model.addAttribute("canManage", Actor.holds("framework:manage"));
        return "framework/overview";
    }

    @GetMapping("/versions/{code}")
    @PreAuthorize("hasAuthority('framework:read')")
    String version(@PathVariable String code, Model model) {
        model.addAttribute("version", framework.codeVersion(code));
        return "framework/version";
    }

    @GetMapping("/versions/new")
    @PreAuthorize("hasAuthority('framework:manage')")
    String newVersion(Model model) {
        return versionForm(model, CodeVersionForm.empty());
    }

    @PostMapping("/versions")
    @PreAuthorize("hasAuthority('framework:manage')")
    String addVersion(@Valid @ModelAttribute("form") CodeVersionForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                var version = framework.addCodeVersion(form.toCommand());
                redirect.addFlashAttribute("saved", "framework.version.saved");
                return "redirect:/framework/versions/" + version.code();
            } catch (FrameworkRefused refused) {
                var field = switch (refused.field()) {
                    case "code", "title", "year", "basedOn" -> refused.field();
                    default -> null;
                };
                if (field == null) {
                    errors.reject(refused.messageKey(), refused.arguments(), null);
                } else {
                    errors.rejectValue(field, refused.messageKey(), refused.arguments(), null);
                }
            }
        }
        response.setStatus(UNPROCESSABLE);
        return versionForm(model, form);
    }

    @GetMapping("/libraries/{id}")
    @PreAuthorize("hasAuthority('framework:read')")
    String library(@PathVariable UUID id, Model model) {
        var library = framework.library(new LibraryVersionId(id));
        model.addAttribute("library", library);
        model.addAttribute("bySection", library.bySection());
        return "framework/library";
    }

    @GetMapping("/libraries/{id}/export.{format}")
    @PreAuthorize("hasAuthority('framework:read')")
    ResponseEntity<byte[]> export(@PathVariable UUID id, @PathVariable String format) {
        var chosen = "json".equals(format) ? LibraryFormat.JSON : LibraryFormat.XLSX;
        var id2 = new LibraryVersionId(id);
        var content = framework.exportLibrary(id2, chosen);
        var number = framework.library(id2).summary().number();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("indicator-library-v" + number + "." + chosen.extension()).build().toString())
                .contentType(MediaType.parseMediaType(chosen.mediaType()))
                .body(content);
    }

    @GetMapping("/libraries/import")
    @PreAuthorize("hasAuthority('framework:manage')")
    String importForm() {
        return "framework/import";
    }

    @PostMapping("/libraries")
    @PreAuthorize("hasAuthority('framework:manage')")
    String importLibrary(@RequestParam("file") MultipartFile file, Model model, HttpServletResponse response,
            RedirectAttributes redirect, Locale locale) {
        try {
            var content = Uploads.content(file);
            var library = framework.importLibrary(content, Uploads.format(content));
            redirect.addFlashAttribute("saved", "framework.import.saved");
            return "redirect:/framework/libraries/" + library.id();
        } catch (LibraryImportRefused refused) {
            response.setStatus(UNPROCESSABLE);
            model.addAttribute("problems", FrameworkService.sorted(refused.problems()).stream()
                    .map(p -> new ProblemLine(p.sheet(), p.row(), p.column(),
                            messages.getMessage(p.messageKey(), p.arguments(), locale)))
                    .toList());
            return "framework/import";
        }
    }

    private String versionForm(Model model, CodeVersionForm form) {
        model.addAttribute("form", form);
        model.addAttribute("versions", framework.codeVersions());
        return "framework/version-form";
    }
}
