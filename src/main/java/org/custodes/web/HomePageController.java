package org.custodes.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.custodes.shared.Actor;
import org.custodes.shared.WorkWaiting;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public home page and the signed-in workspace. */
@Controller
class HomePageController {

    /** Overdue work first, then the nearest deadline, then the modules' own order. */
    private static final Comparator<WorkWaiting.Item> URGENCY = Comparator
            .comparing((WorkWaiting.Item item) -> item.overdue() == 0)
            .thenComparing(WorkWaiting.Item::nextDeadline, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(WorkWaiting.Item::order);

    private final List<WorkWaiting> work;
    private final Clock clock;

    HomePageController(List<WorkWaiting> work, Clock clock) {
        this.work = work;
        this.clock = clock;
    }

    @GetMapping("/")
    @PreAuthorize("permitAll()")
    String home() {
        return "web/home";
    }

    @GetMapping("/workspace")
    @PreAuthorize("isFullyAuthenticated()")
    String workspace(Model model) {
        var today = LocalDate.now(clock);
        model.addAttribute("waiting", Actor.current().map(actor -> work.stream()
                .flatMap(module -> module.waitingFor(actor, today).stream()).sorted(URGENCY).toList())
                .orElse(List.of()));
        model.addAttribute("today", today);
        return "web/workspace";
    }
}
