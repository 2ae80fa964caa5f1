package org.custodes.notification.web;

import org.custodes.notification.NotificationService;
import org.custodes.shared.PageQuery;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The local outbox: what was sent, what waits, what failed; without SMTP, where messages can be read. */
@Controller
class OutboxPageController {

    private final NotificationService notifications;

    OutboxPageController(NotificationService notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifications/outbox")
    @PreAuthorize("hasAuthority('notification:outbox-read')")
    String outbox(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("result", notifications.outbox(new PageQuery(page, PageQuery.DEFAULT_SIZE)));
        model.addAttribute("smtpConfigured", notifications.smtpConfigured());
        return "notification/outbox";
    }
}
