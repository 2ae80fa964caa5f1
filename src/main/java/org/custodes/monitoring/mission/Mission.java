package org.custodes.monitoring.mission;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.custodes.shared.Aggregate;
import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * A field-based review, the team's shared plan: planned, then in progress while the team is in the field (when
 * interviews are recorded), then completed; a mission not completed may be cancelled with the reason.
 */
final class Mission extends Aggregate {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    static final int CODE_PARAGRAPHS = 70;

    final UUID id;
    final String reference;
    final MissionTrigger trigger;
    final @Nullable String requestedBy;
    final String country;
    final Set<OrganisationId> companies;
    final String sites;
    final String toMeet;
    final Set<UUID> team;
    final Set<OrganisationId> partners;
    final LocalDate startsOn;
    final LocalDate endsOn;
    final String budgetLine;
    final @Nullable String securityNotes;
    private MissionStatus status;
    private @Nullable String cancelReason;

    Mission(UUID id, String reference, MissionTrigger trigger, @Nullable String requestedBy, String country,
            Set<OrganisationId> companies, String sites, String toMeet, Set<UUID> team, Set<OrganisationId> partners,
            LocalDate startsOn, LocalDate endsOn, String budgetLine, @Nullable String securityNotes,
            MissionStatus status, @Nullable String cancelReason, long version) {
        super(version);
        this.id = id;
        this.reference = reference;
        this.trigger = trigger;
        this.requestedBy = requestedBy;
        this.country = country;
        this.companies = Set.copyOf(companies);
        this.sites = sites;
        this.toMeet = toMeet;
        this.team = Set.copyOf(team);
        this.partners = Set.copyOf(partners);
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.budgetLine = budgetLine;
        this.securityNotes = securityNotes;
        this.status = status;
        this.cancelReason = cancelReason;
    }

    /** A mission planned from today on: every fact of the plan present, a member's request naming who asked. */
    static Mission plan(String reference, PlanMission p, Clock clock) {
        if (p.trigger() == null) {
            throw new MissionRefused("monitoring.mission.trigger-required", "trigger");
        }
        if (p.trigger() == MissionTrigger.MEMBER_REQUEST && blank(p.requestedBy())) {
            throw new MissionRefused("monitoring.mission.requested-by-required", "requestedBy");
        }
        if (p.country() == null || !COUNTRIES.contains(p.country().strip().toUpperCase(Locale.ROOT))) {
            throw new MissionRefused("monitoring.mission.country-required", "country");
        }
        if (p.companies().isEmpty()) {
            throw new MissionRefused("monitoring.mission.companies-required", "companies");
        }
        if (p.team().isEmpty()) {
            throw new MissionRefused("monitoring.mission.team-required", "team");
        }
        var today = LocalDate.now(clock);
        if (p.startsOn() == null || p.startsOn().isBefore(today)) {
            throw new MissionRefused("monitoring.mission.starts-on", "startsOn");
        }
        if (p.endsOn() == null || p.endsOn().isBefore(p.startsOn())) {
            throw new MissionRefused("monitoring.mission.ends-on", "endsOn");
        }
        if (blank(p.budgetLine())) {
            throw new MissionRefused("monitoring.mission.budget-line-required", "budgetLine");
        }
        var mission = new Mission(UUID.randomUUID(), reference, p.trigger(),
                p.trigger() == MissionTrigger.MEMBER_REQUEST ? p.requestedBy().strip() : null,
                p.country().strip().toUpperCase(Locale.ROOT), p.companies(), text(p.sites()), text(p.toMeet()),
                p.team(), p.partners(), p.startsOn(), p.endsOn(), p.budgetLine().strip(),
                blank(p.securityNotes()) ? null : p.securityNotes().strip(), MissionStatus.PLANNED, null, 0);
        mission.changed(today);
        return mission;
    }

    void start(Clock clock) {
        move(MissionStatus.PLANNED, MissionStatus.IN_PROGRESS, clock);
    }

    void complete(Clock clock) {
        move(MissionStatus.IN_PROGRESS, MissionStatus.COMPLETED, clock);
    }

    void cancel(@Nullable String reason, Clock clock) {
        if (status == MissionStatus.COMPLETED || status == MissionStatus.CANCELLED) {
            throw new MissionRefused("monitoring.mission.not-open", null);
        }
        if (blank(reason)) {
            throw new MissionRefused("monitoring.mission.reason-required", "reason");
        }
        cancelReason = reason.strip();
        status = MissionStatus.CANCELLED;
        changed(LocalDate.now(clock));
    }

    /**
     * An interview while the team is in the field, with one of the mission's companies or none: a role always, a
     * name only with the person's consent, the notes, and known Code paragraphs.
     */
    Interview interview(RecordInterview r, UUID recordedBy, Clock clock) {
        if (status != MissionStatus.IN_PROGRESS) {
            throw new MissionRefused("monitoring.interview.not-in-progress", null);
        }
        if (r.role() == null) {
            throw new MissionRefused("monitoring.interview.role-required", "role");
        }
        if (r.company() != null && !companies.contains(r.company())) {
            throw new MissionRefused("monitoring.interview.company-not-visited", "company");
        }
        if (!blank(r.intervieweeName()) && !r.consent()) {
            throw new MissionRefused("monitoring.interview.name-without-consent", "intervieweeName");
        }
        if (blank(r.notes())) {
            throw new MissionRefused("monitoring.interview.notes-required", "notes");
        }
        for (var paragraph : r.codeParagraphs()) {
            if (paragraph < 1 || paragraph > CODE_PARAGRAPHS) {
                throw new MissionRefused("monitoring.refused.paragraph", "codeParagraphs");
            }
        }
        var today = LocalDate.now(clock);
        var interview = new Interview(UUID.randomUUID(), new MissionId(id), r.company(), r.role(), r.consent(),
                blank(r.intervieweeName()) ? null : r.intervieweeName().strip(), r.notes().strip(),
                Set.copyOf(r.codeParagraphs()), today, recordedBy);
        register(new InterviewRecorded(new MissionId(id), interview.id(), r.role(), r.consent(), today));
        return interview;
    }

    private void move(MissionStatus from, MissionStatus to, Clock clock) {
        if (status != from) {
            throw new MissionRefused("monitoring.mission.cannot-" + to.name().toLowerCase(Locale.ROOT)
                    .replace('_', '-'), null);
        }
        status = to;
        changed(LocalDate.now(clock));
    }

    private void changed(LocalDate on) {
        register(new MissionChanged(new MissionId(id), reference, status, on));
    }

    MissionStatus status() {
        return status;
    }

    @Nullable String cancelReason() {
        return cancelReason;
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    private static String text(@Nullable String text) {
        return text == null ? "" : text.strip();
    }
}
