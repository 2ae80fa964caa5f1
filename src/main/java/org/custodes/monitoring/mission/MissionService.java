package org.custodes.monitoring.mission;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.custodes.organisation.OrganisationKind;
import org.custodes.organisation.OrganisationService;
import org.custodes.organisation.OrganisationSummary;
import org.custodes.shared.Actor;
import org.custodes.shared.NotFound;
import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Field-based reviews, the only way in for pages and the API. The secretariat ({@code monitoring:handle}) plans
 * missions, moves them along and records interviews; the secretariat and the Board ({@code monitoring:read}) read
 * them, the security notes and the interviews included. Companies never see a mission through this service.
 */
@Service
@Transactional
public class MissionService {

    private final Missions missions;
    private final OrganisationService organisations;
    private final Clock clock;

    MissionService(Missions missions, OrganisationService organisations, Clock clock) {
        this.missions = missions;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** Plans a mission: its companies must be companies, its partners organisations the body knows. */
    @PreAuthorize("hasAuthority('monitoring:handle')")
    public MissionId plan(PlanMission plan) {
        for (var company : plan.companies()) {
            if (organisations.find(company).filter(o -> o.kind() == OrganisationKind.COMPANY).isEmpty()) {
                throw new MissionRefused("monitoring.mission.company-unknown", "companies");
            }
        }
        for (var partner : plan.partners()) {
            if (organisations.find(partner).isEmpty()) {
                throw new MissionRefused("monitoring.mission.partner-unknown", "partners");
            }
        }
        var mission = Mission.plan(missions.nextReference(LocalDate.now(clock).getYear()), plan, clock);
        missions.insert(mission);
        return new MissionId(mission.id);
    }

    @PreAuthorize("hasAuthority('monitoring:read')")
    @Transactional(readOnly = true)
    public List<MissionDetails> missions() {
        return missions.all().stream().map(m -> details(m, false)).toList();
    }

    @PreAuthorize("hasAuthority('monitoring:read')")
    @Transactional(readOnly = true)
    public MissionDetails mission(MissionId id) {
        return details(load(id), true);
    }

    @PreAuthorize("hasAuthority('monitoring:handle')")
    public MissionDetails start(MissionId id) {
        return change(id, null, mission -> mission.start(clock));
    }

    @PreAuthorize("hasAuthority('monitoring:handle')")
    public MissionDetails complete(MissionId id) {
        return change(id, null, mission -> mission.complete(clock));
    }

    @PreAuthorize("hasAuthority('monitoring:handle')")
    public MissionDetails cancel(MissionId id, @Nullable String reason) {
        return change(id, null, mission -> mission.cancel(reason, clock));
    }

    /**
     * A step of the mission's course as the page asks for it, naming the version the page showed: a mission changed
     * by someone else since is refused ({@link org.springframework.dao.OptimisticLockingFailureException}).
     */
    @PreAuthorize("hasAuthority('monitoring:handle')")
    public MissionDetails move(MissionId id, long version, @Nullable MissionStatus to, @Nullable String reason) {
        return change(id, version, mission -> {
            switch (to) {
                case IN_PROGRESS -> mission.start(clock);
                case COMPLETED -> mission.complete(clock);
                case CANCELLED -> mission.cancel(reason, clock);
                case null, default -> throw new MissionRefused("monitoring.mission.step-required", "to");
            }
        });
    }

    /** The companies a mission may visit and the civil-society organisations that may join its team, by name. */
    @PreAuthorize("hasAuthority('monitoring:handle')")
    @Transactional(readOnly = true)
    public PlanChoices planChoices() {
        return new PlanChoices(organisations.searchCompanies("", 100), organisations.search(
                new org.custodes.organisation.OrganisationSearch(null, OrganisationKind.CIVIL_SOCIETY, null, null),
                new org.custodes.shared.PageQuery(0, org.custodes.shared.PageQuery.MAX_SIZE)).items());
    }

    /** The missions a partner organisation takes part in, for its users: the plan, never the interviews. */
    @PreAuthorize("hasAuthority('monitoring:observe')")
    @Transactional(readOnly = true)
    public List<MissionDetails> partnerMissions() {
        var organisation = actor().organisationId();
        return missions.all().stream().filter(m -> m.partners.contains(organisation)).map(m -> details(m, false))
                .toList();
    }

    /** A mission the caller's organisation takes part in, without its interviews; any other is not found. */
    @PreAuthorize("hasAuthority('monitoring:observe')")
    @Transactional(readOnly = true)
    public MissionDetails partnerMission(MissionId id) {
        var organisation = actor().organisationId();
        return details(missions.find(id).filter(m -> m.partners.contains(organisation))
                .orElseThrow(() -> new NotFound("mission", id)), false);
    }

    /** An interview while the mission is in the field; its name and notes are sealed at rest. */
    @PreAuthorize("hasAuthority('monitoring:handle')")
    public java.util.UUID recordInterview(MissionId id, RecordInterview interview) {
        var mission = load(id);
        var recorded = mission.interview(interview, actor().userId().value(), clock);
        missions.insert(recorded, mission);
        return recorded.id();
    }

    private MissionDetails change(MissionId id, @Nullable Long version, Consumer<Mission> change) {
        var mission = load(id);
        if (version != null && mission.version() != version) {
            throw new org.springframework.dao.OptimisticLockingFailureException(
                    "mission " + id + " was changed by someone else");
        }
        change.accept(mission);
        missions.save(mission);
        return details(load(id), true);
    }

    private Mission load(MissionId id) {
        return missions.find(id).orElseThrow(() -> new NotFound("mission", id));
    }

    private MissionDetails details(Mission m, boolean withInterviews) {
        return new MissionDetails(new MissionId(m.id), m.reference, m.trigger, m.requestedBy, m.country,
                summaries(m.companies), m.sites, m.toMeet, m.team.stream().sorted().toList(), summaries(m.partners),
                m.startsOn, m.endsOn, m.budgetLine, m.securityNotes, m.status(), m.cancelReason(),
                withInterviews ? missions.interviews(new MissionId(m.id)) : List.of(), m.version());
    }

    private List<OrganisationSummary> summaries(Set<OrganisationId> ids) {
        return ids.stream().map(organisations::find).flatMap(Optional::stream)
                .sorted(java.util.Comparator.comparing(OrganisationSummary::legalName)).toList();
    }

    private static Actor actor() {
        return Actor.current().orElseThrow(() -> new MissionRefused("monitoring.refused.signed-in", null));
    }
}
