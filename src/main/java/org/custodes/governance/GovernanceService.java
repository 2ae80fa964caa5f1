package org.custodes.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.custodes.governance.assembly.AgendaItemDetails;
import org.custodes.governance.assembly.Assemblies;
import org.custodes.governance.assembly.Assembly;
import org.custodes.governance.assembly.AssemblyDetails;
import org.custodes.governance.assembly.AssemblySummary;
import org.custodes.governance.assembly.ConveneAssembly;
import org.custodes.governance.resolution.DirectorVote;
import org.custodes.governance.resolution.DraftResolution;
import org.custodes.governance.resolution.Resolution;
import org.custodes.governance.resolution.ResolutionDetails;
import org.custodes.governance.resolution.ResolutionRules;
import org.custodes.governance.resolution.ResolutionSummary;
import org.custodes.governance.resolution.Resolutions;
import org.custodes.governance.resolution.VoteChoice;
import org.custodes.governance.seat.FillSeat;
import org.custodes.governance.seat.Seat;
import org.custodes.governance.seat.SeatSummary;
import org.custodes.governance.seat.Seats;
import org.custodes.membership.MembershipPillar;
import org.custodes.organisation.OrganisationService;
import org.custodes.shared.Actor;
import org.custodes.shared.NotFound;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.PageQuery;
import org.custodes.shared.PageResult;
import org.custodes.shared.UserId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Board and its resolutions: the only way in for pages, the API and other modules. Permissions:
 * {@code governance:read} (directors and secretariat), {@code governance:administer} (the secretariat seats directors
 * and drafts resolutions), {@code governance:vote} (directors, on resolutions put to them). The Board's composition
 * is public.
 */
@Service
@Transactional
public class GovernanceService {

    private final Seats seats;
    private final Resolutions resolutions;
    private final Assemblies assemblies;
    private final MembershipMatters membership;
    private final OrganisationService organisations;
    private final GovernanceSettings settings;
    private final Clock clock;

    GovernanceService(Seats seats, Resolutions resolutions, Assemblies assemblies, MembershipMatters membership,
            OrganisationService organisations, GovernanceSettings settings, Clock clock) {
        this.seats = seats;
        this.resolutions = resolutions;
        this.assemblies = assemblies;
        this.membership = membership;
        this.organisations = organisations;
        this.settings = settings;
        this.clock = clock;
    }

    // The Board

    /** The Board as published: every seat, pillar by pillar, with its holder and term or its vacancy. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<SeatSummary> board() {
        var today = today();
        var all = seats.all();
        var names = organisationNames(all.stream().map(Seat::organisation).filter(java.util.Objects::nonNull).toList());
        return all.stream().map(seat -> seat.summary(seat.organisation() == null ? null
                : names.get(seat.organisation()), today)).toList();
    }

    /**
     * Seats a director for a term from {@code termStart}; the organisation must vote in the seat's pillar today.
     * The term is a full one, or the rest of the term of the seat's previous holder.
     */
    @PreAuthorize("hasAuthority('governance:administer')")
    public SeatSummary fillSeat(FillSeat command) {
        var seat = seat(command.seat());
        var organisation = organisations.find(command.organisation())
                .orElseThrow(() -> new NotFound("organisation", command.organisation()));
        var votes = MembershipPillar.of(organisation.kind()).map(pillar -> pillar == seat.pillar()).orElse(false)
                && membership.statusOf(command.organisation()).map(settings::rightOf).orElse(VotingRight.ATTENDS)
                        == VotingRight.VOTES;
        var today = today();
        if (seats.all().stream().anyMatch(other -> other.heldBy(command.holder(), today))) {
            throw new GovernanceRuleViolation("governance.seat.holder-seated");
        }
        seat.fill(command.holder(), command.holderName(), command.organisation(), votes, command.termStart(),
                settings.termYears(), today);
        seats.save(seat);
        return seat.summary(organisation.legalName(), today);
    }

    @PreAuthorize("hasAuthority('governance:administer')")
    public SeatSummary vacateSeat(SeatId id) {
        var seat = seat(id);
        seat.vacate(today());
        seats.save(seat);
        return seat.summary(null, today());
    }

    /** The Board elects its chair among the directors; the secretariat records who it is. */
    @PreAuthorize("hasAuthority('governance:administer')")
    public SeatSummary designateChair(SeatId id) {
        var seat = seat(id);
        var today = today();
        seats.chair().filter(current -> !current.id().equals(id)).ifPresent(current -> {
            current.stepDownAsChair();
            seats.save(current);
        });
        seat.designateChair(today);
        seats.save(seat);
        return seat.summary(null, today);
    }

    /** The member organisations by pillar, and whether each votes or only attends, as membership stands today. */
    @PreAuthorize("hasAuthority('governance:read')")
    @Transactional(readOnly = true)
    public List<ElectorateMember> electorate() {
        return membership.members(settings).stream()
                .sorted(java.util.Comparator.comparing(ElectorateMember::pillar)
                        .thenComparing(ElectorateMember::organisationName))
                .toList();
    }

    // Resolutions

    /**
     * Puts a resolution to the directors seated today, under the configured quorum and majority. A resolution on a
     * membership application needs an application the secretariat has recommended, with no other open resolution
     * on it; a director from the applicant (and its pillar peers where configured) is recused.
     */
    @PreAuthorize("hasAuthority('governance:administer')")
    public ResolutionId draftResolution(DraftResolution command) {
        var now = clock.instant();
        var today = today();
        var directors = new ArrayList<DirectorVote>();
        for (var seat : seats.all()) {
            if (!seat.vacantOn(today) && seat.holder() != null && seat.organisation() != null) {
                directors.add(new DirectorVote(seat.holder(), seat.holderName() == null ? "" : seat.holderName(),
                        seat.organisation(), seat.pillar(), null, false, null, null));
            }
        }
        var conflicted = new ArrayList<UserId>();
        if (command.matter().onMembershipApplication() && command.matterId() != null) {
            var application = membership.pendingApplication(command.matterId())
                    .orElseThrow(() -> new GovernanceRuleViolation("governance.resolution.application-not-pending"));
            if (resolutions.openOn(command.matterId())) {
                throw new GovernanceRuleViolation("governance.resolution.matter-already-open");
            }
            directors.stream().filter(director -> director.organisation().equals(application.organisation())
                    || settings.recusePillarPeers() && director.pillar() == application.pillar())
                    .forEach(director -> conflicted.add(director.director()));
        }
        var resolution = Resolution.draft(resolutions.nextReference(today.getYear()), command,
                settings.resolutionQuorum(), settings.resolutionMajority(), directors, conflicted,
                "Conflict of interest: the organisation concerned", Actor.current().map(Actor::userId).orElse(null), now);
        resolutions.insert(resolution);
        return resolution.id();
    }

    @PreAuthorize("hasAuthority('governance:read')")
    @Transactional(readOnly = true)
    public PageResult<ResolutionSummary> resolutions(PageQuery page) {
        return PageResult.of(resolutions.page(page), page, resolutions.count());
    }

    @PreAuthorize("hasAuthority('governance:read')")
    @Transactional(readOnly = true)
    public ResolutionDetails resolution(ResolutionId id) {
        var resolution = load(id);
        var matterName = resolution.matterId() == null || !resolution.matter().onMembershipApplication() ? null
                : membership.applicantName(resolution.matterId()).orElse(null);
        return resolution.details(matterName);
    }

    /** The signed-in director's vote, within the window, once; the last vote decides the resolution at once. */
    @PreAuthorize("hasAuthority('governance:vote')")
    public ResolutionDetails vote(ResolutionId id, VoteChoice choice) {
        var resolution = load(id);
        resolution.vote(director(), choice, clock.instant(), today());
        resolutions.save(resolution);
        return resolution.details(null);
    }

    /** The signed-in director declares a conflict of interest and takes no part in the vote. */
    @PreAuthorize("hasAuthority('governance:vote')")
    public ResolutionDetails recuse(ResolutionId id, String reason) {
        var resolution = load(id);
        resolution.recuse(director(), reason, clock.instant(), today());
        resolutions.save(resolution);
        return resolution.details(null);
    }

    /** The applications the secretariat has recommended, which a resolution may decide. */
    @PreAuthorize("hasAuthority('governance:administer')")
    @Transactional(readOnly = true)
    public Map<java.util.UUID, String> applicationsAwaitingTheBoard() {
        var options = new java.util.LinkedHashMap<java.util.UUID, String>();
        membership.pendingApplications().forEach(application -> options.put(application.id(),
                application.organisationName()));
        return options;
    }

    /** The rules a new resolution is put under, for the drafting page. */
    @PreAuthorize("hasAuthority('governance:read')")
    public ResolutionRules resolutionRules() {
        return new ResolutionRules(settings.resolutionQuorum(), settings.resolutionMajority(),
                settings.votingWindowDays());
    }

    // The General Assembly

    /** Convenes a General Assembly; its notice goes out by the daily job, the configured number of days ahead. */
    @PreAuthorize("hasAuthority('governance:administer')")
    public AssemblyId conveneAssembly(ConveneAssembly command) {
        var assembly = Assembly.convene(command, clock.instant());
        assemblies.insert(assembly);
        return assembly.id();
    }

    /** The General Assemblies, the latest first: for the secretariat, the Board, and the members' users. */
    @PreAuthorize("hasAnyAuthority('governance:read', 'governance:attend')")
    @Transactional(readOnly = true)
    public List<AssemblySummary> assemblies() {
        requireConvened();
        return assemblies.all().stream().map(Assembly::summary).toList();
    }

    @PreAuthorize("hasAnyAuthority('governance:read', 'governance:attend')")
    @Transactional(readOnly = true)
    public AssemblyDetails assembly(AssemblyId id) {
        requireConvened();
        var assembly = assemblies.find(id).orElseThrow(() -> new NotFound("assembly", id));
        var names = organisationNames(assembly.agenda().stream()
                .flatMap(item -> java.util.stream.Stream.of(item.mover(), item.seconder()))
                .filter(java.util.Objects::nonNull).toList());
        var agenda = assembly.agenda().stream().map(item -> new AgendaItemDetails(item.position(), item.title(),
                item.documentLink(), item.motion(), item.mover() == null ? null : names.get(item.mover()),
                item.seconder() == null ? null : names.get(item.seconder()))).toList();
        return new AssemblyDetails(assembly.id(), assembly.kind(), assembly.title(), assembly.pillarMeetingsAt(),
                assembly.plenaryAt(), assembly.place(), assembly.onlineLink(), agenda,
                assembly.noticeSentAt(), assembly.minutes(), assembly.minutesApprovedAt());
    }

    /** The secretariat drafts the minutes of an assembly that was held. */
    @PreAuthorize("hasAuthority('governance:administer')")
    public AssemblyDetails recordMinutes(AssemblyId id, String minutes) {
        var assembly = assemblies.find(id).orElseThrow(() -> new NotFound("assembly", id));
        assembly.recordMinutes(minutes, clock.instant());
        assemblies.save(assembly);
        return assembly(id);
    }

    /** The next General Assembly approved the minutes of this one; records it once that assembly is meeting. */
    @PreAuthorize("hasAuthority('governance:administer')")
    public AssemblyDetails approveMinutes(AssemblyId id) {
        var assembly = assemblies.find(id).orElseThrow(() -> new NotFound("assembly", id));
        var next = assemblies.next(assembly.plenaryAt()).flatMap(assemblies::find)
                .orElseThrow(() -> new GovernanceRuleViolation("governance.assembly.approve-at-next"));
        assembly.approveMinutesAt(next, clock.instant());
        assemblies.save(assembly);
        return assembly(id);
    }

    /** A member organisation's users see the assemblies; an organisation that does not belong gets "not found". */
    private void requireConvened() {
        var actor = Actor.current();
        if (actor.map(a -> a.can("governance:read")).orElse(false)) {
            return;
        }
        var belongs = actor.flatMap(a -> membership.statusOf(a.organisationId()))
                .map(org.custodes.membership.MembershipStatus::belongs).orElse(false);
        if (!belongs) {
            throw new NotFound("assembly", "any");
        }
    }

    private UserId director() {
        return Actor.current().map(Actor::userId)
                .orElseThrow(() -> new GovernanceRuleViolation("governance.resolution.not-a-director"));
    }

    private Resolution load(ResolutionId id) {
        return resolutions.find(id).orElseThrow(() -> new NotFound("resolution", id));
    }

    private Seat seat(SeatId id) {
        return seats.find(id).orElseThrow(() -> new NotFound("seat", id));
    }

    private Map<OrganisationId, String> organisationNames(List<OrganisationId> ids) {
        var names = new HashMap<OrganisationId, String>();
        for (var id : new java.util.HashSet<>(ids)) {
            organisations.find(id).ifPresent(organisation -> names.put(id, organisation.legalName()));
        }
        return names;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
