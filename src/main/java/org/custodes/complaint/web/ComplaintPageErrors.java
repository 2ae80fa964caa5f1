package org.custodes.complaint.web;

import jakarta.servlet.http.HttpServletResponse;
import org.custodes.complaint.TooManyAttempts;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Refusals of the public complaint pages, answered as pages in the visitor's language. */
@ControllerAdvice(assignableTypes = { IntakePageController.class, FollowUpPageController.class })
class ComplaintPageErrors {

    @ExceptionHandler
    String tooMany(TooManyAttempts e, HttpServletResponse response, Model model) {
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("minutes", Math.max(1, e.retryAfterSeconds() / 60));
        return "complaint/too-many";
    }
}
