package org.custodes.monitoring.mission;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;

import org.custodes.identity.IdentityService;
import org.custodes.organisation.OrganisationService;
import org.custodes.shared.OrganisationId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo field-based reviews: one completed in Kenya with its interviews (by role, one name given with consent), and
 * one planned to Iraq on a member's request, with the
 * Kenyan partner on its team. Dated through the domain with clocks of those days.
 */
@Component
@ConditionalOnProperty(name = "custodes.demo.enabled", havingValue = "true")
class DemoMissions {

    private static final Logger log = LoggerFactory.getLogger(DemoMissions.class);

    private final Missions missions;
    private final OrganisationService organisations;
    private final IdentityService identity;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoMissions(Missions missions, OrganisationService organisations, IdentityService identity,
            TransactionTemplate transaction, Clock clock) {
        this.missions = missions;
        this.organisations = organisations;
        this.identity = identity;
        this.transaction = transaction;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(72) // after the monitoring demo
    void load(ApplicationReadyEvent ready) {
        var context = SecurityContextHolder.createEmptyContext(); // the demo looks the officer up as the secretariat would
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("demo", null,
                AuthorityUtils.createAuthorityList("identity:manage-roles")));
        SecurityContextHolder.setContext(context);
        java.util.Optional<org.custodes.shared.UserId> officer;
        try {
            officer = identity.accountWithEmail("officer@custodes.example");
        } finally {
            SecurityContextHolder.clearContext();
        }
        if (officer.isEmpty() || organisations.findByLegalName("Aegis Shield Security Ltd").isEmpty()
                || !missions.all().isEmpty()) {
            return;
        }
        transaction.executeWithoutResult(status -> load(officer.get().value()));
        log.info("Demo missions loaded: one completed with interviews, one planned");
    }

    private void load(UUID officer) {
        var today = LocalDate.now(clock);
        var aegis = org("Aegis Shield Security Ltd");
        var watchpost = org("Human Rights Watchpost Kenya");
        var kenya = Mission.plan("MM-" + today.minusDays(30).getYear() + "-001", new PlanMission(
                MissionTrigger.INFORMATION_REVIEW, null, "KE", Set.of(aegis), "Lokichar oil camp and its gate",
                "The client's security manager; elders of the Nakukulas community; the county commissioner",
                Set.of(officer), Set.of(watchpost), today.minusDays(30), today.minusDays(27), "FBR-2026-04",
                "Travel from Lodwar by day only, with the partner's driver; no photographs at the gate."),
                on(today.minusDays(40)));
        kenya.start(on(today.minusDays(30)));
        missions.insert(kenya); // in the field already: one save remains, the completion
        var interviews = new RecordInterview[] {
                new RecordInterview(aegis, IntervieweeRole.MANAGER, false, null,
                        "The site manager says warning shots were ordered by the shift leader; no written report.",
                        Set.of(31, 63)),
                new RecordInterview(aegis, IntervieweeRole.GUARD, false, null,
                        "Two guards say overtime is paid at the normal rate and shifts reach 16 hours.", Set.of(64)),
                new RecordInterview(null, IntervieweeRole.COMMUNITY_MEMBER, true, "Ekiru Lokwang",
                        "Saw two villagers beaten near the gate after the crowd had left.", Set.of(32)),
                new RecordInterview(null, IntervieweeRole.LOCAL_AUTHORITY, false, null,
                        "The county commissioner's office received no report from the company.", Set.of(63)) };
        for (var interview : interviews) {
            missions.insert(kenya.interview(interview, officer, on(today.minusDays(29))), kenya);
        }
        kenya.complete(on(today.minusDays(27)));
        missions.save(kenya);

        var iraq = Mission.plan("MM-" + today.getYear() + "-002", new PlanMission(MissionTrigger.MEMBER_REQUEST,
                "Government of the Swiss Confederation", "IQ", Set.of(org("Al-Noor Security Services LLC")),
                "Escort base near Basra", "The client's logistics manager; drivers of the convoys",
                Set.of(officer), Set.of(watchpost), today.plusDays(40), today.plusDays(44), "FBR-2027-01",
                "Movement only with the client's security; the team's check-in every six hours."), clock);
        missions.insert(iraq);
    }

    private OrganisationId org(String legalName) {
        return organisations.findByLegalName(legalName).orElseThrow().id();
    }

    private static Clock on(LocalDate day) {
        return Clock.fixed(day.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }
}
