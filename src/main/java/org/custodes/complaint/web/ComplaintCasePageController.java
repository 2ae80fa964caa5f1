package org.custodes.complaint.web;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.custodes.complaint.ComplaintId;
import org.custodes.complaint.ComplaintRefused;
import org.custodes.complaint.ComplaintService;
import org.custodes.complaint.ComplaintType;
import org.custodes.complaint.Outcome;
import org.custodes.complaint.ResolutionPath;
import org.custodes.shared.BusinessRuleViolation;
import org.custodes.shared.PageQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The handlers' case pages: the list with deadlines, and one case with its workflow actions. */
@Controller
@RequestMapping("/complaints/cases")
@PreAuthorize("hasAuthority('complaint:handle')")
class ComplaintCasePageController {

    private final ComplaintService complaints;

    ComplaintCasePageController(ComplaintService complaints) {
        this.complaints = complaints;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("cases", complaints.cases(new PageQuery(page, PageQuery.DEFAULT_SIZE)));
        return "complaint/cases";
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        model.addAttribute("details", complaints.details(new ComplaintId(id)));
        model.addAttribute("paths", ResolutionPath.values());
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("types", ComplaintType.values());
        return "complaint/case";
    }

    @PostMapping("/{id}/acknowledgement")
    String acknowledge(@PathVariable UUID id, RedirectAttributes flash) {
        return act(id, flash, () -> complaints.acknowledge(new ComplaintId(id)));
    }

    @PostMapping("/{id}/admissibility")
    String admissibility(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean concernsMember,
            @RequestParam(defaultValue = "false") boolean allegesViolation, @RequestParam ComplaintType type,
            @RequestParam(defaultValue = "") String reasons, RedirectAttributes flash) {
        return act(id, flash, () -> complaints.assessAdmissibility(new ComplaintId(id), concernsMember, allegesViolation,
                type, limit(reasons, 5000)));
    }

    @PostMapping("/{id}/path")
    String path(@PathVariable UUID id, @RequestParam ResolutionPath path,
            @RequestParam(defaultValue = "") String excerpt, RedirectAttributes flash) {
        return act(id, flash, () -> complaints.choosePath(new ComplaintId(id), path, limit(excerpt, 5000)));
    }

    @PostMapping("/{id}/outcome")
    String outcome(@PathVariable UUID id, @RequestParam Outcome outcome, RedirectAttributes flash) {
        return act(id, flash, () -> complaints.recordOutcome(new ComplaintId(id), outcome));
    }

    @PostMapping("/{id}/closure")
    String close(@PathVariable UUID id, RedirectAttributes flash) {
        return act(id, flash, () -> complaints.close(new ComplaintId(id)));
    }

    @PostMapping("/{id}/assignment")
    String assign(@PathVariable UUID id, RedirectAttributes flash) {
        return act(id, flash, () -> complaints.assignToMe(new ComplaintId(id)));
    }

    @PostMapping("/{id}/conflict")
    String conflict(@PathVariable UUID id, RedirectAttributes flash) {
        complaints.declareConflict(new ComplaintId(id));
        flash.addFlashAttribute("done", "complaint.case.conflict-declared");
        return "redirect:/complaints/cases";
    }

    @PostMapping("/{id}/classification")
    String classify(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean retaliationRisk,
            @RequestParam(defaultValue = "") String paragraphs, RedirectAttributes flash) {
        return act(id, flash, () -> complaints.classify(new ComplaintId(id), retaliationRisk, parse(paragraphs)));
    }

    @PostMapping("/{id}/notes")
    String note(@PathVariable UUID id, @RequestParam(defaultValue = "") String text, RedirectAttributes flash) {
        return act(id, flash, () -> complaints.addNote(new ComplaintId(id), required(text)));
    }

    @PostMapping("/{id}/messages")
    String reply(@PathVariable UUID id, @RequestParam(defaultValue = "") String text,
            @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files, RedirectAttributes flash) {
        return act(id, flash, () -> complaints.reply(new ComplaintId(id), required(text), IntakePageController.incoming(files)));
    }

    @PostMapping("/{id}/identity-request")
    String requestIdentity(@PathVariable UUID id, RedirectAttributes flash) {
        return act(id, flash, () -> complaints.requestIdentity(new ComplaintId(id)));
    }

    @GetMapping("/{id}/files/{file}")
    ResponseEntity<byte[]> file(@PathVariable UUID id, @PathVariable UUID file) {
        return FollowUpPageController.download(complaints.file(new ComplaintId(id), file));
    }

    private static String act(UUID id, RedirectAttributes flash, Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute("done", "complaint.case.saved");
        } catch (BusinessRuleViolation refused) {
            flash.addFlashAttribute("refused", refused.messageKey());
            flash.addFlashAttribute("refusedArguments", refused.arguments());
        }
        return "redirect:/complaints/cases/" + id;
    }

    private static String required(String text) {
        if (text.isBlank()) {
            throw new ComplaintRefused("complaint.error.required");
        }
        return limit(text, 20000);
    }

    private static String limit(String text, int max) {
        if (text.length() > max) {
            throw new ComplaintRefused("complaint.error.too-long");
        }
        return text;
    }

    static Set<Integer> parse(String paragraphs) {
        var result = new TreeSet<Integer>();
        for (var part : paragraphs.split("[,;\\s]+")) {
            if (!part.isBlank()) {
                try {
                    result.add(Integer.valueOf(part.strip()));
                } catch (NumberFormatException e) {
                    throw new ComplaintRefused("complaint.refused.paragraph", part.strip());
                }
            }
        }
        return result;
    }
}
