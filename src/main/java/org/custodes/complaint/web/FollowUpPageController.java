package org.custodes.complaint.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.custodes.complaint.ComplaintRefused;
import org.custodes.complaint.ComplaintService;
import org.custodes.complaint.FileDownload;
import org.custodes.complaint.FollowUpPass;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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

/**
 * The anonymous follow-up: sign in with the receipt (posted, never in a URL), see the status in plain words and
 * exchange messages and files with the handlers. The pass lives in a short-lived session attribute, apart from
 * any staff sign-in, and every page is {@code no-store}.
 */
@Controller
@RequestMapping("/complaints/follow-up")
@PreAuthorize("permitAll()")
class FollowUpPageController {

    static final String PASS = FollowUpPageController.class.getName() + ".pass";

    private final ComplaintService complaints;
    private final ClientKeys clients;
    private final Clock clock;

    FollowUpPageController(ComplaintService complaints, ClientKeys clients, Clock clock) {
        this.complaints = complaints;
        this.clients = clients;
        this.clock = clock;
    }

    @GetMapping
    String show(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "no-store");
        var pass = pass(request);
        if (pass == null) {
            return "complaint/follow-up-sign-in";
        }
        model.addAttribute("view", complaints.followUp(pass));
        return "complaint/follow-up";
    }

    @PostMapping
    String signIn(@RequestParam(name = "receipt", defaultValue = "") String receipt, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "no-store");
        complaints.takeFollowUpAllowance(clients.of(request));
        var pass = receipt.length() > 64 ? java.util.Optional.<FollowUpPass>empty() : complaints.signInWithReceipt(receipt);
        if (pass.isEmpty()) {
            complaints.followUpFailed();
            response.setStatus(422);
            model.addAttribute("failed", true);
            return "complaint/follow-up-sign-in";
        }
        request.getSession(true);
        request.changeSessionId(); // no fixation: a new session id whenever a receipt opens a case
        request.getSession().setAttribute(PASS, pass.get());
        return "redirect:/complaints/follow-up";
    }

    @PostMapping("/messages")
    String send(@RequestParam(name = "text", defaultValue = "") String text,
            @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "no-store");
        var pass = pass(request);
        if (pass == null) {
            return "redirect:/complaints/follow-up";
        }
        String problem = null;
        if (text.isBlank() || text.length() > 20_000) {
            problem = text.isBlank() ? "complaint.error.required" : "complaint.error.too-long";
        } else {
            try {
                complaints.sendAsComplainant(pass, text, IntakePageController.incoming(files));
                return "redirect:/complaints/follow-up?sent";
            } catch (ComplaintRefused refused) {
                problem = refused.messageKey();
                model.addAttribute("problemArguments", refused.arguments());
            }
        }
        response.setStatus(422);
        model.addAttribute("problem", problem);
        model.addAttribute("text", text);
        model.addAttribute("view", complaints.followUp(pass));
        return "complaint/follow-up";
    }

    @GetMapping("/files/{id}")
    ResponseEntity<byte[]> file(@PathVariable UUID id, HttpServletRequest request) {
        var pass = pass(request);
        if (pass == null) {
            throw new org.custodes.shared.NotFound("attachment", id);
        }
        return download(complaints.complainantFile(pass, id));
    }

    @PostMapping("/sign-out")
    String signOut(HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(PASS);
        }
        response.setHeader("Clear-Site-Data", "\"cache\"");
        return "redirect:/complaints/follow-up?signed-out";
    }

    private @Nullable FollowUpPass pass(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session == null || !(session.getAttribute(PASS) instanceof FollowUpPass pass)) {
            return null;
        }
        if (!pass.validAt(clock.instant())) {
            session.removeAttribute(PASS);
            return null;
        }
        return pass;
    }

    static ResponseEntity<byte[]> download(FileDownload file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.name(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }
}
