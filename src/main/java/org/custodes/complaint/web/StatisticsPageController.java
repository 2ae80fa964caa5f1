package org.custodes.complaint.web;

import org.custodes.complaint.ComplaintService;
import org.custodes.complaint.ComplaintStatistics;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Public complaint statistics: aggregates only, counts under five withheld. */
@Controller
class StatisticsPageController {

    private final ComplaintService complaints;

    StatisticsPageController(ComplaintService complaints) {
        this.complaints = complaints;
    }

    @GetMapping("/complaints/statistics")
    @PreAuthorize("permitAll()")
    String statistics(Model model) {
        model.addAttribute("statistics", complaints.statistics());
        model.addAttribute("threshold", ComplaintStatistics.SUPPRESSION_THRESHOLD);
        return "complaint/statistics";
    }
}
