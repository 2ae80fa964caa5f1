package org.custodes.governance.web;

import java.util.List;

import org.custodes.governance.GovernanceService;
import org.custodes.membership.MembershipPillar;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public page of the Board (names, organisations, pillar, term) and the electorate by pillar. */
@Controller
class BoardPageController {

    private static final List<MembershipPillar> PILLARS = List.of(MembershipPillar.COMPANY,
            MembershipPillar.CIVIL_SOCIETY, MembershipPillar.STATE);

    private final GovernanceService governance;

    BoardPageController(GovernanceService governance) {
        this.governance = governance;
    }

    @GetMapping("/governance/board")
    @PreAuthorize("permitAll()")
    String board(Model model) {
        model.addAttribute("pillars", PILLARS);
        model.addAttribute("seats", governance.board());
        return "governance/board";
    }

    @GetMapping("/governance/electorate")
    @PreAuthorize("hasAuthority('governance:read')")
    String electorate(Model model) {
        model.addAttribute("pillars", MembershipPillar.values());
        model.addAttribute("members", governance.electorate());
        return "governance/electorate";
    }
}
