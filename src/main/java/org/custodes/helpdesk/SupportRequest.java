package org.custodes.helpdesk;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.custodes.helpdesk.SupportRequestChanged.Change;
import org.custodes.helpdesk.SupportMessage.Side;
import org.custodes.shared.Aggregate;
import org.custodes.shared.Language;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.UserId;
import org.jspecify.annotations.Nullable;

/**
 * A question to the secretariat followed as a ticket. It decides its transitions and who may take them: the
 * requester's organisation replies, closes and reopens; the secretariat assigns, answers, asks for details, notes and
 * closes. The first answer (any message from the secretariat) is due a service level after the question.
 */
class SupportRequest extends Aggregate {

    static final int SUBJECT_MAX = 200;
    static final int TEXT_MAX = 10_000;

    private final UUID id;
    private final UserId requester;
    private final OrganisationId organisation;
    private final SupportCategory category;
    private final String subject;
    private final String question;
    private final Language language;
    private final String replyTo;
    private final Instant askedAt;
    private final Instant firstAnswerDue;
    private @Nullable Instant firstAnsweredAt;
    private SupportStatus status;
    private @Nullable UserId assignee;
    private @Nullable Instant closedAt;
    private final List<SupportMessage> messages;
    private final List<InternalNote> notes;
    private int storedMessages;
    private int storedNotes;

    SupportRequest(UUID id, UserId requester, OrganisationId organisation, SupportCategory category, String subject,
            String question, Language language, String replyTo, Instant askedAt, Instant firstAnswerDue,
            @Nullable Instant firstAnsweredAt, SupportStatus status, @Nullable UserId assignee,
            @Nullable Instant closedAt, List<SupportMessage> messages, List<InternalNote> notes, long version) {
        super(version);
        this.id = id;
        this.requester = requester;
        this.organisation = organisation;
        this.category = category;
        this.subject = subject;
        this.question = question;
        this.language = language;
        this.replyTo = replyTo;
        this.askedAt = askedAt;
        this.firstAnswerDue = firstAnswerDue;
        this.firstAnsweredAt = firstAnsweredAt;
        this.status = status;
        this.assignee = assignee;
        this.closedAt = closedAt;
        this.messages = new ArrayList<>(messages);
        this.notes = new ArrayList<>(notes);
        this.storedMessages = messages.size();
        this.storedNotes = notes.size();
    }

    static SupportRequest ask(AskSecretariat command, Participant requester, Instant now, Duration firstAnswerWithin) {
        if (requester.secretariat()) {
            throw new HelpdeskRefused("helpdesk.request.secretariat-cannot-ask");
        }
        if (command.category() == null) {
            throw HelpdeskRefused.at("category", "helpdesk.request.category-required");
        }
        var subject = required("subject", command.subject(), SUBJECT_MAX);
        var question = required("question", command.question(), TEXT_MAX);
        var request = new SupportRequest(UUID.randomUUID(), requester.user(), requester.organisation(),
                command.category(), subject, question, command.language(), command.replyTo(), now,
                now.plus(firstAnswerWithin), null, SupportStatus.OPEN, null, null, List.of(), List.of(), 0);
        request.register(new SupportRequestAsked(request.id(), requester.user(), requester.organisation(),
                command.category(), request.firstAnswerDue));
        return request;
    }

    /** The secretariat gives the request to one of its officers (possibly the one acting). */
    void assign(UserId officer, Participant by) {
        secretariatOnly(by);
        open();
        assignee = officer;
        changed(Change.ASSIGNED, by);
    }

    /** The secretariat answers; the first answer meets or misses the service level. */
    void answer(String text, Participant by, Instant now) {
        secretariatWrites(text, by, now);
        status = SupportStatus.ANSWERED;
        changed(Change.ANSWERED, by);
    }

    /** The secretariat needs more from the requester before it can answer. */
    void askForDetails(String text, Participant by, Instant now) {
        secretariatWrites(text, by, now);
        status = SupportStatus.WAITING_FOR_REQUESTER;
        changed(Change.DETAILS_REQUESTED, by);
    }

    /** The requester's organisation writes again: the request is the secretariat's turn once more. */
    void reply(String text, Participant by, Instant now) {
        requesterOnly(by);
        open();
        messages.add(new SupportMessage(Side.REQUESTER, by.user(), required("text", text, TEXT_MAX), now));
        status = SupportStatus.OPEN;
        changed(Change.REPLIED, by);
    }

    void note(String text, Participant by, Instant now) {
        secretariatOnly(by);
        notes.add(new InternalNote(by.user(), required("text", text, TEXT_MAX), now));
        changed(Change.NOTED, by);
    }

    void close(Participant by, Instant now) {
        if (!by.secretariat()) {
            requesterOnly(by);
        }
        open();
        status = SupportStatus.CLOSED;
        closedAt = now;
        changed(Change.CLOSED, by);
    }

    /** The requester's organisation reopens a closed request, within {@code window} of its closing. */
    void reopen(Participant by, Instant now, Duration window) {
        requesterOnly(by);
        if (status != SupportStatus.CLOSED || closedAt == null) {
            throw new HelpdeskRefused("helpdesk.request.not-closed");
        }
        if (now.isAfter(closedAt.plus(window))) {
            throw new HelpdeskRefused("helpdesk.request.reopen-window-passed");
        }
        status = SupportStatus.OPEN;
        closedAt = null;
        changed(Change.REOPENED, by);
    }

    /** No answer yet from the secretariat, the request is still open and its first answer's due time has passed. */
    boolean overdue(Instant now) {
        return firstAnsweredAt == null && status != SupportStatus.CLOSED && now.isAfter(firstAnswerDue);
    }

    @Nullable Instant reopenableUntil(Instant now, Duration window) {
        if (status != SupportStatus.CLOSED || closedAt == null || now.isAfter(closedAt.plus(window))) {
            return null;
        }
        return closedAt.plus(window);
    }

    boolean ofOrganisation(OrganisationId other) {
        return organisation.equals(other);
    }

    private void secretariatWrites(String text, Participant by, Instant now) {
        secretariatOnly(by);
        open();
        messages.add(new SupportMessage(Side.SECRETARIAT, by.user(), required("text", text, TEXT_MAX), now));
        if (firstAnsweredAt == null) {
            firstAnsweredAt = now;
        }
        if (assignee == null) {
            assignee = by.user();
        }
    }

    private void open() {
        if (status == SupportStatus.CLOSED) {
            throw new HelpdeskRefused("helpdesk.request.closed");
        }
    }

    private static void secretariatOnly(Participant by) {
        if (!by.secretariat()) {
            throw new HelpdeskRefused("helpdesk.request.secretariat-only");
        }
    }

    private void requesterOnly(Participant by) {
        if (by.secretariat() || !organisation.equals(by.organisation())) {
            throw new HelpdeskRefused("helpdesk.request.requester-only");
        }
    }

    private void changed(Change change, Participant by) {
        register(new SupportRequestChanged(id(), change, by.user(), status, assignee));
    }

    private static String required(String field, @Nullable String text, int max) {
        if (text == null || text.isBlank()) {
            throw HelpdeskRefused.at(field, "helpdesk.request." + field + "-required");
        }
        if (text.strip().length() > max) {
            throw HelpdeskRefused.at(field, "helpdesk.request." + field + "-too-long");
        }
        return text.strip();
    }

    SupportRequestSummary summary(Instant now) {
        return new SupportRequestSummary(id(), organisation, category, subject, status, language, assignee, askedAt,
                firstAnswerDue, firstAnsweredAt, overdue(now));
    }

    /** What the requester's side sees, or with the internal notes what the secretariat sees. */
    SupportRequestDetails details(boolean withNotes, Instant now, Duration reopenWindow) {
        return new SupportRequestDetails(summary(now), requester, question, messages,
                withNotes ? notes : List.of(), closedAt, reopenableUntil(now, reopenWindow), version());
    }

    SupportRequestId id() {
        return new SupportRequestId(id);
    }

    UserId requester() {
        return requester;
    }

    OrganisationId organisation() {
        return organisation;
    }

    SupportCategory category() {
        return category;
    }

    String subject() {
        return subject;
    }

    String question() {
        return question;
    }

    Language language() {
        return language;
    }

    String replyTo() {
        return replyTo;
    }

    Instant askedAt() {
        return askedAt;
    }

    Instant firstAnswerDue() {
        return firstAnswerDue;
    }

    @Nullable Instant firstAnsweredAt() {
        return firstAnsweredAt;
    }

    SupportStatus status() {
        return status;
    }

    @Nullable UserId assignee() {
        return assignee;
    }

    @Nullable Instant closedAt() {
        return closedAt;
    }

    List<SupportMessage> messages() {
        return List.copyOf(messages);
    }

    /** Messages added since the request was read, for the repository to insert. */
    List<SupportMessage> newMessages() {
        return List.copyOf(messages.subList(storedMessages, messages.size()));
    }

    List<InternalNote> newNotes() {
        return List.copyOf(notes.subList(storedNotes, notes.size()));
    }

    /** Called by the repository once the new messages and notes are written. */
    void stored() {
        storedMessages = messages.size();
        storedNotes = notes.size();
    }
}
