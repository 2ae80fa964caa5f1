package org.custodes.governance;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.custodes.governance.assembly.AgendaItem;
import org.custodes.governance.assembly.Assemblies;
import org.custodes.governance.assembly.Assembly;
import org.custodes.governance.assembly.AssemblyKind;
import org.custodes.governance.assembly.ConveneAssembly;
import org.custodes.governance.assembly.ConveningNotices;
import org.custodes.governance.resolution.DirectorVote;
import org.custodes.governance.resolution.DraftResolution;
import org.custodes.governance.resolution.Resolution;
import org.custodes.governance.resolution.ResolutionMatter;
import org.custodes.governance.resolution.Resolutions;
import org.custodes.governance.resolution.VoteChoice;
import org.custodes.governance.seat.FillSeat;
import org.custodes.governance.seat.Seat;
import org.custodes.governance.seat.Seats;
import org.custodes.identity.CreateAccount;
import org.custodes.identity.IdentityService;
import org.custodes.identity.Role;
import org.custodes.membership.MembershipPillar;
import org.custodes.organisation.OrganisationService;
import org.custodes.shared.Language;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.UserId;
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
 * The demo Board on top of the demo memberships: eleven directors in twelve seats with staggered terms (one company
 * seat vacant), the chair, a resolution carried last month and one open now with some votes cast. The directors
 * other than the demo board account sign in as {@code director1@custodes.example} … {@code director10@…} with the
 * demo password. Runs once, after the membership demo.
 */
@Component
@ConditionalOnProperty(name = "custodes.demo.enabled", havingValue = "true")
class DemoGovernance {

    static final String PASSWORD = "Demo-Custodes-2026";
    private static final Logger log = LoggerFactory.getLogger(DemoGovernance.class);

    private record DemoDirector(String email, String name, String organisation, Language language, MembershipPillar pillar,
            int position, int yearsAgo) {
    }

    // yearsAgo staggers the terms: a third of each pillar's seats is renewed every year.
    private static final List<DemoDirector> DIRECTORS = List.of(
            new DemoDirector("director1@custodes.example", "Daniel Mensah", "Aegis Shield Security Ltd", Language.EN, MembershipPillar.COMPANY, 1, 2),
            new DemoDirector("director2@custodes.example", "Eleni Papadopoulos", "Sentinel Maritime Services S.A.", Language.EN, MembershipPillar.COMPANY, 2, 1),
            new DemoDirector("director3@custodes.example", "Oliver Grant", "Aegis Shield Security Ltd", Language.EN, MembershipPillar.COMPANY, 3, 0),
            new DemoDirector("board@custodes.example", "Sofia Ramírez", "Colectivo por los Derechos Humanos", Language.ES, MembershipPillar.CIVIL_SOCIETY, 1, 1),
            new DemoDirector("director4@custodes.example", "Wanjiku Kamau", "Human Rights Watchpost Kenya", Language.EN, MembershipPillar.CIVIL_SOCIETY, 2, 2),
            new DemoDirector("director5@custodes.example", "Aïssata Traoré", "Observatoire des Droits au Sahel", Language.FR, MembershipPillar.CIVIL_SOCIETY, 3, 0),
            new DemoDirector("director6@custodes.example", "Peter Otieno", "Human Rights Watchpost Kenya", Language.EN, MembershipPillar.CIVIL_SOCIETY, 4, 1),
            new DemoDirector("director7@custodes.example", "Anna Weber", "Government of the Swiss Confederation", Language.FR, MembershipPillar.STATE, 1, 2),
            new DemoDirector("director8@custodes.example", "Mohamed Kamara", "Government of Sierra Leone", Language.EN, MembershipPillar.STATE, 2, 1),
            new DemoDirector("director9@custodes.example", "Lukas Brunner", "Government of the Swiss Confederation", Language.FR, MembershipPillar.STATE, 3, 0),
            new DemoDirector("director10@custodes.example", "Fatmata Sesay", "Government of Sierra Leone", Language.EN, MembershipPillar.STATE, 4, 2));

    private final Seats seats;
    private final Resolutions resolutions;
    private final Assemblies assemblies;
    private final ConveningNotices notices;
    private final GovernanceService governance;
    private final GovernanceSettings settings;
    private final IdentityService identity;
    private final OrganisationService organisations;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoGovernance(Seats seats, Resolutions resolutions, Assemblies assemblies, ConveningNotices notices,
            GovernanceService governance, GovernanceSettings settings, IdentityService identity,
            OrganisationService organisations, TransactionTemplate transaction, Clock clock) {
        this.seats = seats;
        this.resolutions = resolutions;
        this.assemblies = assemblies;
        this.notices = notices;
        this.governance = governance;
        this.settings = settings;
        this.identity = identity;
        this.organisations = organisations;
        this.transaction = transaction;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(50) // after the membership demo: directors come from its members
    void load(ApplicationReadyEvent ready) {
        if (organisations.findByLegalName("Aegis Shield Security Ltd").isEmpty() || !seats.all().isEmpty()) {
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system", null,
                AuthorityUtils.createAuthorityList("identity:manage-roles", "governance:administer",
                        "governance:read", "membership:read")));
        SecurityContextHolder.setContext(context);
        try {
            transaction.executeWithoutResult(status -> load());
        } finally {
            SecurityContextHolder.clearContext();
        }
        log.info("Demo Board loaded: 12 seats, {} directors (director1…director10@custodes.example and board@custodes.example)",
                DIRECTORS.size());
    }

    private void load() {
        var today = LocalDate.now(clock);
        for (var pillar : List.of(MembershipPillar.COMPANY, MembershipPillar.CIVIL_SOCIETY, MembershipPillar.STATE)) {
            for (int position = 1; position <= settings.seatsPerPillar(); position++) {
                seats.insert(Seat.empty(pillar, position));
            }
        }
        var all = seats.all();
        for (var director : DIRECTORS) {
            var organisation = organisation(director.organisation());
            var user = account(director, organisation);
            var seat = all.stream().filter(s -> s.pillar() == director.pillar() && s.position() == director.position())
                    .findFirst().orElseThrow();
            // Terms started in the last quarter of a year, at the General Assembly that elected them.
            var start = today.minusYears(director.yearsAgo()).minusMonths(3);
            governance.fillSeat(new FillSeat(seat.id(), user, director.name(), organisation, start));
            if (director.email().equals("director7@custodes.example")) {
                governance.designateChair(seat.id());
            }
        }
        carriedResolution(today);
        openResolution();
        assemblies();
    }

    /** Last year's assembly (minutes approved at the next), the recent one (minutes drafted), the coming one. */
    private void assemblies() {
        var now = clock.instant();
        var aegis = organisation("Aegis Shield Security Ltd");
        var watchpost = organisation("Human Rights Watchpost Kenya");
        var switzerland = organisation("Government of the Swiss Confederation");
        var colectivo = organisation("Colectivo por los Derechos Humanos");
        var earlier = held("Annual General Assembly (previous year)", now.minus(Duration.ofDays(430)), List.of(
                new AgendaItem(1, "Report of the Board", null, null, null, null),
                new AgendaItem(2, "Accounts and budget", "https://custodes.example/documents/budget.pdf",
                        "The General Assembly approves the accounts and adopts the budget.", switzerland, colectivo)),
                "Quorum reached in every pillar. The accounts were approved and the budget adopted.");
        var recent = held("Annual General Assembly", now.minus(Duration.ofDays(60)), List.of(
                new AgendaItem(1, "Approval of the minutes of the previous General Assembly", null,
                        "The General Assembly approves the minutes of its previous meeting.", colectivo, aegis),
                new AgendaItem(2, "Election of Board directors (one seat per pillar)", null, null, null, null),
                new AgendaItem(3, "Amendment of the membership requirements for companies",
                        "https://custodes.example/documents/membership-requirements.pdf",
                        "The General Assembly amends the membership requirements as proposed by the Board.", aegis,
                        watchpost)),
                "The pillar meetings met in the morning; the plenary approved the previous minutes and the amended "
                        + "membership requirements, and seated the directors elected in each pillar.");
        earlier.approveMinutesAt(recent, now);
        assemblies.save(earlier);
        assemblies.insert(Assembly.convene(new ConveneAssembly(AssemblyKind.EXTRAORDINARY,
                "Extraordinary General Assembly on the revised complaints procedure",
                now.plus(Duration.ofDays(20)), now.plus(Duration.ofDays(20)).plus(Duration.ofHours(3)),
                "Geneva, Maison de la Paix", "https://meet.custodes.example/ega", List.of(
                        new AgendaItem(1, "Approval of the minutes of the Annual General Assembly", null,
                                "The General Assembly approves the minutes of its previous meeting.", watchpost, switzerland),
                        new AgendaItem(2, "Revised Procedure for Complaints (Art. 13)",
                                "https://custodes.example/documents/complaints-procedure.pdf",
                                "The General Assembly adopts the revised Procedure for Complaints.", colectivo, aegis))),
                now));
        notices.run(clock);
    }

    private Assembly held(String title, java.time.Instant plenaryAt, List<AgendaItem> agenda, String minutes) {
        var assembly = new Assembly(java.util.UUID.randomUUID(), AssemblyKind.ORDINARY, title,
                plenaryAt.minus(Duration.ofHours(4)), plenaryAt, "Geneva, Maison de la Paix", null, agenda,
                plenaryAt.minus(Duration.ofDays(settings.noticeDays())), null, null, 0);
        assemblies.insert(assembly);
        assembly.recordMinutes(minutes, clock.instant());
        assemblies.save(assembly);
        return assembly;
    }

    private void carriedResolution(LocalDate today) {
        var opened = clock.instant().minus(Duration.ofDays(30));
        var resolution = Resolution.draft(resolutions.nextReference(today.getYear()), new DraftResolution(
                "Adopt the budget of the coming year",
                "The Board adopts the budget of the coming year as presented by the Executive Director, for submission to the General Assembly.",
                ResolutionMatter.OTHER, null, opened.plus(Duration.ofDays(14))), settings.resolutionQuorum(),
                settings.resolutionMajority(), seated(), List.of(), "", null, opened);
        var choices = List.of(VoteChoice.FOR, VoteChoice.FOR, VoteChoice.FOR, VoteChoice.AGAINST, VoteChoice.FOR,
                VoteChoice.FOR, VoteChoice.ABSTAIN, VoteChoice.FOR, VoteChoice.FOR, VoteChoice.FOR);
        var directors = resolution.directors();
        var at = opened.plus(Duration.ofDays(1));
        for (int i = 0; i < directors.size(); i++) {
            if (i < choices.size()) {
                resolution.vote(directors.get(i).director(), choices.get(i), at.plus(Duration.ofHours(i)),
                        LocalDate.ofInstant(at, clock.getZone()));
            } else {
                resolution.recuse(directors.get(i).director(), "Employer is a supplier named in the budget",
                        at.plus(Duration.ofHours(i)), LocalDate.ofInstant(at, clock.getZone()));
            }
        }
        resolutions.insert(resolution);
    }

    private void openResolution() {
        var now = clock.instant();
        var resolution = Resolution.draft(resolutions.nextReference(LocalDate.now(clock).getYear()), new DraftResolution(
                "Submit the revised complaints procedure to the General Assembly",
                "The Board approves the revised Procedure for Complaints (Art. 13) and submits it to the next General Assembly for adoption.",
                ResolutionMatter.OTHER, null, now.plus(Duration.ofDays(settings.votingWindowDays()))),
                settings.resolutionQuorum(), settings.resolutionMajority(), seated(), List.of(), "", null,
                now.minus(Duration.ofDays(2)));
        var directors = resolution.directors();
        var choices = List.of(VoteChoice.FOR, VoteChoice.FOR, VoteChoice.ABSTAIN, VoteChoice.FOR);
        for (int i = 0; i < choices.size(); i++) {
            resolution.vote(directors.get(i).director(), choices.get(i), now.minus(Duration.ofHours(20 - i)),
                    LocalDate.now(clock));
        }
        resolutions.insert(resolution);
    }

    private List<DirectorVote> seated() {
        var today = LocalDate.now(clock);
        return seats.all().stream().filter(seat -> !seat.vacantOn(today) && seat.holder() != null
                        && seat.organisation() != null)
                .map(seat -> new DirectorVote(seat.holder(), seat.holderName(), seat.organisation(), seat.pillar(),
                        null, false, null, null)).toList();
    }

    private UserId account(DemoDirector director, OrganisationId organisation) {
        return identity.accountWithEmail(director.email()).orElseGet(() -> identity.createAccount(new CreateAccount(organisation, director.email(), director.name(),
                director.language(), PASSWORD, Set.of(Role.BOARD_MEMBER))));
    }

    private OrganisationId organisation(String legalName) {
        return organisations.findByLegalName(legalName).map(o -> o.id())
                .orElseThrow(() -> new IllegalStateException("demo organisation missing: " + legalName));
    }
}
