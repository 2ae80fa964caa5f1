package org.custodes.monitoring.concern;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.custodes.monitoring.ConcernCategory;
import org.custodes.monitoring.ConcernId;
import org.custodes.monitoring.ConcernReferredToBoard;
import org.custodes.monitoring.MonitoringRefused;
import org.custodes.monitoring.finding.FindingDetails;
import org.custodes.shared.Aggregate;
import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * A compliance concern and its escalation path. The secretariat moves it stage by stage ({@link ConcernStage#next()});
 * the company writes only while the dialogue is open, and sees only what the secretariat shares. Referral to the
 * Board is the Executive Director's decision, checked by the facade, and publishes {@link ConcernReferredToBoard}.
 */
public class Concern extends Aggregate {

    static final int MAX_TEXT = 5000;

    private final UUID id;
    private final String reference;
    private final OrganisationId company;
    private final ConcernCategory category;
    private final ConcernOrigin origin;
    private final @Nullable String originReference;
    private final String summary;
    private final Set<Integer> codeParagraphs;
    private ConcernStage stage;
    private @Nullable String recommendations;
    private @Nullable String closingReason;
    private final LocalDate openedOn;
    private @Nullable LocalDate closedOn;
    private final @Nullable UUID openedBy;
    private final List<ConcernMessage> messages;
    private final List<ConcernMessage> unsaved = new ArrayList<>();

    Concern(UUID id, String reference, OrganisationId company, ConcernCategory category, ConcernOrigin origin,
            @Nullable String originReference, String summary, Set<Integer> codeParagraphs, ConcernStage stage,
            @Nullable String recommendations, @Nullable String closingReason, LocalDate openedOn,
            @Nullable LocalDate closedOn, @Nullable UUID openedBy, List<ConcernMessage> messages, long version) {
        super(version);
        this.id = id;
        this.reference = reference;
        this.company = company;
        this.category = category;
        this.origin = origin;
        this.originReference = originReference;
        this.summary = summary;
        this.codeParagraphs = new TreeSet<>(codeParagraphs);
        this.stage = stage;
        this.recommendations = recommendations;
        this.closingReason = closingReason;
        this.openedOn = openedOn;
        this.closedOn = closedOn;
        this.openedBy = openedBy;
        this.messages = new ArrayList<>(messages);
    }

    public static Concern open(String reference, OpenConcern command, @Nullable UUID openedBy, Clock clock) {
        var summary = required(command.summary());
        if (command.origin() != ConcernOrigin.DIRECT && blank(command.originReference())) {
            throw new MonitoringRefused("monitoring.concern.origin-reference");
        }
        var today = LocalDate.now(clock);
        var concern = new Concern(UUID.randomUUID(), reference, command.company(), command.category(),
                command.origin(), blank(command.originReference()) ? null : command.originReference().strip(),
                summary, MonitoringRefused.checkParagraphs(command.codeParagraphs()), ConcernStage.IDENTIFIED, null,
                null, today, null, openedBy, List.of(), 0);
        concern.register(new ConcernOpened(concern.id(), reference, command.company(), command.category(),
                command.origin(), today));
        return concern;
    }

    /** The secretariat opens the confidential dialogue with the company. */
    public void startDialogue(Clock clock) {
        move(ConcernStage.DIALOGUE, clock);
    }

    /** The secretariat's recommendations, shared with the company, which may still answer them. */
    public void recommend(String text, Clock clock) {
        var recommended = required(text);
        move(ConcernStage.RECOMMENDATIONS, clock);
        recommendations = recommended;
    }

    /** The company followed the recommendations: the concern is closed with the reason. */
    public void resolve(String reason, Clock clock) {
        var why = required(reason);
        move(ConcernStage.RESOLVED, clock);
        closingReason = why;
        closedOn = LocalDate.now(clock);
    }

    /** The Executive Director refers the concern to the Board, which opens the sanctions ladder's compliance case. */
    public void referToBoard(String reason, Clock clock) {
        var why = required(reason);
        move(ConcernStage.REFERRED_TO_BOARD, clock);
        closingReason = why;
        closedOn = LocalDate.now(clock);
        register(new ConcernReferredToBoard(id(), reference, company, category, closedOn,
                List.copyOf(codeParagraphs)));
    }

    /**
     * A message in the dialogue. The company writes only while the dialogue is open, and what it writes is shared; the
     * secretariat shares a message only then, and keeps internal notes at any stage before the concern is closed.
     */
    public ConcernMessage post(MessageSide side, @Nullable UUID author, String text, boolean shared, Clock clock) {
        var body = required(text);
        if (stage.closed()) {
            throw new MonitoringRefused("monitoring.concern.closed");
        }
        var visible = side == MessageSide.COMPANY || shared;
        if (visible && !stage.inDialogue()) {
            throw new MonitoringRefused("monitoring.concern.no-dialogue");
        }
        var message = new ConcernMessage(UUID.randomUUID(), side, author, body, visible, clock.instant());
        messages.add(message);
        unsaved.add(message);
        register(new ConcernMessagePosted(id(), message.id(), side, visible, message.postedAt()));
        return message;
    }

    private void move(ConcernStage to, Clock clock) {
        if (!stage.next().contains(to)) {
            throw new MonitoringRefused(stage.closed() ? "monitoring.concern.closed" : "monitoring.concern.transition",
                    stage.name(), to.name());
        }
        var from = stage;
        stage = to;
        register(new ConcernStageChanged(id(), reference, company, from, to, LocalDate.now(clock)));
    }

    private static String required(@Nullable String text) {
        if (blank(text)) {
            throw new MonitoringRefused("monitoring.refused.text-required");
        }
        if (text.length() > MAX_TEXT) {
            throw new MonitoringRefused("monitoring.refused.text-too-long", MAX_TEXT);
        }
        return text.strip();
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    /** The concern as its reader may see it; the company sees shared messages only, and no origin or referral reason. */
    public ConcernDetails details(String companyName, List<String> linkedObservations, List<FindingDetails> findings,
            boolean internal) {
        var visible = internal ? List.copyOf(messages) : messages.stream().filter(ConcernMessage::shared).toList();
        return new ConcernDetails(id(), reference, company, companyName, category, internal ? origin : null,
                internal ? originReference : null, summary, List.copyOf(codeParagraphs), stage, recommendations,
                internal || stage == ConcernStage.RESOLVED ? closingReason : null, openedOn, closedOn, visible,
                internal ? linkedObservations : List.of(), List.copyOf(findings), internal);
    }

    public ConcernId id() {
        return new ConcernId(id);
    }

    public String reference() {
        return reference;
    }

    public OrganisationId company() {
        return company;
    }

    ConcernCategory category() {
        return category;
    }

    ConcernOrigin origin() {
        return origin;
    }

    @Nullable String originReference() {
        return originReference;
    }

    String summary() {
        return summary;
    }

    Set<Integer> codeParagraphs() {
        return Set.copyOf(codeParagraphs);
    }

    public ConcernStage stage() {
        return stage;
    }

    @Nullable String recommendations() {
        return recommendations;
    }

    @Nullable String closingReason() {
        return closingReason;
    }

    LocalDate openedOn() {
        return openedOn;
    }

    @Nullable LocalDate closedOn() {
        return closedOn;
    }

    @Nullable UUID openedBy() {
        return openedBy;
    }

    List<ConcernMessage> messages() {
        return List.copyOf(messages);
    }

    List<ConcernMessage> unsavedMessages() {
        return List.copyOf(unsaved);
    }

    /** Called by the repository once the new messages are written. */
    void messagesSaved() {
        unsaved.clear();
    }
}
