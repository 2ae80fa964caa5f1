package org.custodes.governance.assembly;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.custodes.governance.AssemblyId;
import org.custodes.governance.GovernanceRuleViolation;
import org.custodes.shared.Aggregate;
import org.jspecify.annotations.Nullable;

/**
 * A General Assembly: the pillar meetings, then the plenary; its agenda with the motions and who moved and seconded
 * them; the convening notice, sent once; its minutes, drafted after it was held and approved at the next one.
 */
public class Assembly extends Aggregate {

    private final UUID id;
    private final AssemblyKind kind;
    private final String title;
    private final Instant pillarMeetingsAt;
    private final Instant plenaryAt;
    private final @Nullable String place;
    private final @Nullable String onlineLink;
    private final List<AgendaItem> agenda;
    private @Nullable Instant noticeSentAt;
    private @Nullable String minutes;
    private @Nullable AssemblyId minutesApprovedAt;

    public Assembly(UUID id, AssemblyKind kind, String title, Instant pillarMeetingsAt, Instant plenaryAt,
            @Nullable String place, @Nullable String onlineLink, List<AgendaItem> agenda, @Nullable Instant noticeSentAt,
            @Nullable String minutes, @Nullable AssemblyId minutesApprovedAt, long version) {
        super(version);
        this.id = id;
        this.kind = kind;
        this.title = title;
        this.pillarMeetingsAt = pillarMeetingsAt;
        this.plenaryAt = plenaryAt;
        this.place = place;
        this.onlineLink = onlineLink;
        this.agenda = List.copyOf(agenda);
        this.noticeSentAt = noticeSentAt;
        this.minutes = minutes;
        this.minutesApprovedAt = minutesApprovedAt;
    }

    public static Assembly convene(ConveneAssembly command, Instant now) {
        if (command.title().isBlank() || command.agenda().isEmpty()) {
            throw new GovernanceRuleViolation("governance.assembly.agenda-required");
        }
        if (!command.plenaryAt().isAfter(now) || !command.pillarMeetingsAt().isAfter(now)) {
            throw new GovernanceRuleViolation("governance.assembly.in-past");
        }
        if (!command.pillarMeetingsAt().isBefore(command.plenaryAt())) {
            throw new GovernanceRuleViolation("governance.assembly.pillars-first");
        }
        if (blank(command.place()) && blank(command.onlineLink())) {
            throw new GovernanceRuleViolation("governance.assembly.where");
        }
        var agenda = new ArrayList<AgendaItem>();
        for (var item : command.agenda()) {
            if (item.title().isBlank()) {
                throw new GovernanceRuleViolation("governance.assembly.agenda-required");
            }
            if (!blank(item.motion()) && item.mover() == null) {
                throw new GovernanceRuleViolation("governance.assembly.motion-needs-mover");
            }
            if (item.mover() != null && item.mover().equals(item.seconder())) {
                throw new GovernanceRuleViolation("governance.assembly.seconder-is-mover");
            }
            agenda.add(new AgendaItem(agenda.size() + 1, item.title().strip(), item.documentLink(),
                    blank(item.motion()) ? null : item.motion().strip(), item.mover(), item.seconder()));
        }
        var assembly = new Assembly(UUID.randomUUID(), command.kind(), command.title().strip(),
                command.pillarMeetingsAt(), command.plenaryAt(), command.place(), command.onlineLink(), agenda, null,
                null, null, 0);
        assembly.register(new AssemblyConvened(assembly.id(), command.kind(), command.plenaryAt()));
        return assembly;
    }

    /** Whether the convening notice is due: not sent yet, and the pillar meetings are at most {@code ahead} away. */
    boolean noticeDue(Instant now, Duration ahead) {
        return noticeSentAt == null && now.isBefore(pillarMeetingsAt) && !now.plus(ahead).isBefore(pillarMeetingsAt);
    }

    void noticeSent(int recipients, Instant now) {
        if (noticeSentAt != null) {
            throw new GovernanceRuleViolation("governance.assembly.notice-sent");
        }
        noticeSentAt = now;
        register(new ConveningNoticeSent(id(), recipients, now));
    }

    public void recordMinutes(String text, Instant now) {
        if (now.isBefore(plenaryAt)) {
            throw new GovernanceRuleViolation("governance.assembly.not-held");
        }
        if (minutesApprovedAt != null) {
            throw new GovernanceRuleViolation("governance.assembly.minutes-approved");
        }
        if (text.isBlank()) {
            throw new GovernanceRuleViolation("governance.assembly.minutes-required");
        }
        minutes = text.strip();
        register(new MinutesRecorded(id()));
    }

    /** The minutes are approved at {@code next}, the assembly that followed this one, once it is meeting. */
    public void approveMinutesAt(Assembly next, Instant now) {
        if (minutes == null) {
            throw new GovernanceRuleViolation("governance.assembly.minutes-required");
        }
        if (minutesApprovedAt != null) {
            throw new GovernanceRuleViolation("governance.assembly.minutes-approved");
        }
        if (!next.plenaryAt.isAfter(plenaryAt) || now.isBefore(next.pillarMeetingsAt)) {
            throw new GovernanceRuleViolation("governance.assembly.approve-at-next");
        }
        minutesApprovedAt = next.id();
        register(new MinutesApproved(id(), next.id()));
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    public AssemblyId id() {
        return new AssemblyId(id);
    }

    public AssemblyKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public Instant pillarMeetingsAt() {
        return pillarMeetingsAt;
    }

    public Instant plenaryAt() {
        return plenaryAt;
    }

    public @Nullable String place() {
        return place;
    }

    public @Nullable String onlineLink() {
        return onlineLink;
    }

    public List<AgendaItem> agenda() {
        return agenda;
    }

    public @Nullable Instant noticeSentAt() {
        return noticeSentAt;
    }

    public @Nullable String minutes() {
        return minutes;
    }

    public @Nullable AssemblyId minutesApprovedAt() {
        return minutesApprovedAt;
    }


    public AssemblySummary summary() {
        return new AssemblySummary(id(), kind, title, plenaryAt, place, noticeSentAt != null, minutesApprovedAt != null);
    }
}
