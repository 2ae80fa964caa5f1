package org.custodes.governance.resolution;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.custodes.governance.GovernanceRuleViolation;
import org.custodes.governance.ResolutionId;
import org.custodes.shared.Aggregate;
import org.custodes.shared.UserId;
import org.jspecify.annotations.Nullable;

/**
 * A proposal put to the directors who held a seat when it was drafted. Each votes once (for, against, abstain) or
 * recuses for a conflict of interest; it is decided when every director has voted or recused, or when its window
 * closes: carried if the directors voting reach the quorum and the votes for reach the majority, failed otherwise.
 * The decision is dated the day it is reached, never a day chosen by someone.
 */
public class Resolution extends Aggregate {

    private final UUID id;
    private final String reference;
    private final String title;
    private final String text;
    private final ResolutionMatter matter;
    private final @Nullable UUID matterId;
    private final Instant opensAt;
    private final Instant closesAt;
    private final int quorum;
    private final Majority majority;
    private ResolutionStatus status;
    private @Nullable LocalDate decidedOn;
    private final @Nullable UserId draftedBy;
    private final Instant draftedAt;
    private final List<DirectorVote> directors;

    Resolution(UUID id, String reference, String title, String text, ResolutionMatter matter, @Nullable UUID matterId,
            Instant opensAt, Instant closesAt, int quorum, Majority majority, ResolutionStatus status,
            @Nullable LocalDate decidedOn, @Nullable UserId draftedBy, Instant draftedAt, List<DirectorVote> directors,
            long version) {
        super(version);
        this.id = id;
        this.reference = reference;
        this.title = title;
        this.text = text;
        this.matter = matter;
        this.matterId = matterId;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.quorum = quorum;
        this.majority = majority;
        this.status = status;
        this.decidedOn = decidedOn;
        this.draftedBy = draftedBy;
        this.draftedAt = draftedAt;
        this.directors = new ArrayList<>(directors);
    }

    /**
     * Drafts a resolution for the directors seated now; those listed in {@code conflicted} (a director from the
     * organisation concerned, or its pillar peers where configured) are recused from the start.
     */
    public static Resolution draft(String reference, DraftResolution command, int quorum, Majority majority,
            List<DirectorVote> seated, List<UserId> conflicted, String conflictReason, @Nullable UserId by,
            Instant now) {
        if (command.title().isBlank() || command.text().isBlank()) {
            throw new GovernanceRuleViolation("governance.resolution.text-required");
        }
        if (command.matter().onMembershipApplication() && command.matterId() == null) {
            throw new GovernanceRuleViolation("governance.resolution.matter-required");
        }
        if (!command.closesAt().isAfter(now)) {
            throw new GovernanceRuleViolation("governance.resolution.window-in-past");
        }
        if (seated.isEmpty()) {
            throw new GovernanceRuleViolation("governance.resolution.no-directors");
        }
        var directors = seated.stream().map(director -> conflicted.contains(director.director())
                ? new DirectorVote(director.director(), director.name(), director.organisation(), director.pillar(),
                        null, true, conflictReason, now)
                : director).toList();
        var resolution = new Resolution(UUID.randomUUID(), reference, command.title().strip(), command.text().strip(),
                command.matter(), command.matterId(), now, command.closesAt(), quorum, majority, ResolutionStatus.OPEN,
                null, by, now, directors, 0);
        resolution.register(new ResolutionDrafted(resolution.id(), reference, command.matter(), command.matterId(),
                command.closesAt(), directors.size()));
        return resolution;
    }

    /** Records the director's vote; the last vote decides the resolution at once. */
    public void vote(UserId director, VoteChoice choice, Instant now, LocalDate today) {
        var index = openFor(director, now);
        var current = directors.get(index);
        directors.set(index, new DirectorVote(current.director(), current.name(), current.organisation(),
                current.pillar(), choice, false, null, now));
        register(new DirectorVoted(id(), director));
        decideIfComplete(today);
    }

    /** The director declares a conflict of interest and takes no part in the vote. */
    public void recuse(UserId director, String reason, Instant now, LocalDate today) {
        if (reason.isBlank()) {
            throw new GovernanceRuleViolation("governance.resolution.recusal-reason-required");
        }
        var index = openFor(director, now);
        var current = directors.get(index);
        directors.set(index, new DirectorVote(current.director(), current.name(), current.organisation(),
                current.pillar(), null, true, reason.strip(), now));
        register(new DirectorRecused(id(), director, reason.strip()));
        decideIfComplete(today);
    }

    /** After the window closed: decides with the votes cast. Returns whether it was decided now. */
    boolean closeIfDue(Instant now, LocalDate today) {
        if (status != ResolutionStatus.OPEN || now.isBefore(closesAt)) {
            return false;
        }
        decide(today);
        return true;
    }

    ResolutionTally tally() {
        int votesFor = 0;
        int against = 0;
        int abstentions = 0;
        int recused = 0;
        int waiting = 0;
        for (var director : directors) {
            if (director.recused()) {
                recused++;
            } else if (director.choice() == null) {
                waiting++;
            } else {
                switch (director.choice()) {
                    case FOR -> votesFor++;
                    case AGAINST -> against++;
                    case ABSTAIN -> abstentions++;
                }
            }
        }
        var quorumMet = votesFor + against + abstentions >= quorum;
        return new ResolutionTally(votesFor, against, abstentions, recused, waiting, quorum, quorumMet, majority,
                majority.reachedBy(votesFor, against));
    }

    private int openFor(UserId director, Instant now) {
        if (status != ResolutionStatus.OPEN) {
            throw new GovernanceRuleViolation("governance.resolution.closed");
        }
        if (now.isBefore(opensAt) || !now.isBefore(closesAt)) {
            throw new GovernanceRuleViolation("governance.resolution.outside-window");
        }
        for (int i = 0; i < directors.size(); i++) {
            var entry = directors.get(i);
            if (entry.director().equals(director)) {
                if (entry.hasVoted() || entry.recused()) {
                    throw new GovernanceRuleViolation("governance.resolution.already-voted");
                }
                return i;
            }
        }
        throw new GovernanceRuleViolation("governance.resolution.not-a-director");
    }

    private void decideIfComplete(LocalDate today) {
        if (directors.stream().allMatch(director -> director.hasVoted() || director.recused())) {
            decide(today);
        }
    }

    private void decide(LocalDate today) {
        var tally = tally();
        decidedOn = today;
        if (tally.carries()) {
            status = ResolutionStatus.CARRIED;
            register(new ResolutionCarried(id(), reference, title, matter, matterId, today, tally.votesFor(),
                    tally.votesAgainst(), tally.abstentions()));
        } else {
            status = ResolutionStatus.FAILED;
            register(new ResolutionFailed(id(), reference, matter, matterId, today, tally.quorumMet(),
                    tally.votesFor(), tally.votesAgainst(), tally.abstentions()));
        }
    }

    public ResolutionId id() {
        return new ResolutionId(id);
    }

    String reference() {
        return reference;
    }

    String title() {
        return title;
    }

    String text() {
        return text;
    }

    public ResolutionMatter matter() {
        return matter;
    }

    public @Nullable UUID matterId() {
        return matterId;
    }

    Instant opensAt() {
        return opensAt;
    }

    Instant closesAt() {
        return closesAt;
    }

    int quorum() {
        return quorum;
    }

    Majority majority() {
        return majority;
    }

    ResolutionStatus status() {
        return status;
    }

    @Nullable LocalDate decidedOn() {
        return decidedOn;
    }

    @Nullable UserId draftedBy() {
        return draftedBy;
    }

    Instant draftedAt() {
        return draftedAt;
    }

    public List<DirectorVote> directors() {
        return List.copyOf(directors);
    }


    public ResolutionDetails details(@Nullable String matterName) {
        return new ResolutionDetails(id(), reference, title, text, matter, matterId, matterName, status, opensAt,
                closesAt, decidedOn, directors(), tally());
    }
}
