package org.custodes.helpdesk;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.custodes.identity.IdentityService;
import org.custodes.notification.NotificationService;
import org.custodes.notification.OutgoingMessage;
import org.custodes.shared.Actor;
import org.custodes.shared.NotFound;
import org.custodes.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The helpdesk's facade: companies, civil-society organisations and states ask the secretariat ({@code helpdesk:ask})
 * and follow their organisation's requests; the secretariat ({@code helpdesk:answer}) works the queue. A request of
 * another organisation is not found. The requester is e-mailed, in the request's language, when the secretariat
 * writes.
 */
@Service
@Transactional
public class HelpdeskService {

    static final String ASK = "helpdesk:ask";
    static final String ANSWER = "helpdesk:answer";

    private final SupportRequests requests;
    private final HelpdeskSettings settings;
    private final NotificationService notifications;
    private final Clock clock;
    private final String baseUrl;
    private final IdentityService identity;

    HelpdeskService(SupportRequests requests, HelpdeskSettings settings, NotificationService notifications,
            Clock clock, @Value("${custodes.base-url}") String baseUrl, IdentityService identity) {
        this.identity = identity;
        this.requests = requests;
        this.settings = settings;
        this.notifications = notifications;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    @PreAuthorize("hasAuthority('helpdesk:ask')")
    public SupportRequestId ask(Actor actor, AskSecretariat command) {
        var request = SupportRequest.ask(command, participant(actor), clock.instant(), settings.firstAnswerWithin());
        requests.insert(request);
        return request.id();
    }

    /** The requests of the actor's organisation, the latest first. */
    @PreAuthorize("hasAuthority('helpdesk:ask')")
    @Transactional(readOnly = true)
    public List<SupportRequestSummary> ownRequests(Actor actor) {
        return requests.of(actor.organisationId(), clock.instant());
    }

    /** One request: with its internal notes for the secretariat, without them for the requester's organisation. */
    @PreAuthorize("hasAnyAuthority('helpdesk:ask', 'helpdesk:answer')")
    @Transactional(readOnly = true)
    public SupportRequestDetails request(Actor actor, SupportRequestId id) {
        var request = visible(actor, id);
        return request.details(actor.can(ANSWER), clock.instant(), settings.reopenWithin());
    }

    /**
     * The requester's organisation writes again. Every change names the version the caller read: a request changed
     * by someone else since is refused with {@link OptimisticLockingFailureException}.
     */
    @PreAuthorize("hasAuthority('helpdesk:ask')")
    public void reply(Actor actor, SupportRequestId id, long version, String text) {
        var request = visible(actor, id, version);
        request.reply(text, participant(actor), clock.instant());
        requests.save(request);
    }

    @PreAuthorize("hasAuthority('helpdesk:ask')")
    public void reopen(Actor actor, SupportRequestId id, long version) {
        var request = visible(actor, id, version);
        request.reopen(participant(actor), clock.instant(), settings.reopenWithin());
        requests.save(request);
    }

    @PreAuthorize("hasAnyAuthority('helpdesk:ask', 'helpdesk:answer')")
    public void close(Actor actor, SupportRequestId id, long version) {
        var request = visible(actor, id, version);
        request.close(participant(actor), clock.instant());
        requests.save(request);
    }

    /** The secretariat's queue, overdue first, filtered by category, status and assignee (each optional). */
    @PreAuthorize("hasAuthority('helpdesk:answer')")
    @Transactional(readOnly = true)
    public List<SupportRequestSummary> queue(@Nullable SupportCategory category, @Nullable SupportStatus status,
            @Nullable UserId assignee) {
        return requests.queue(new SupportRequests.Filter(category, status, assignee), clock.instant());
    }

    /** Gives the request to an officer: an active account of the secretariat, or the request is refused. */
    @PreAuthorize("hasAuthority('helpdesk:answer')")
    public void assign(Actor actor, SupportRequestId id, long version, UserId officer) {
        var request = current(found(id), version);
        if (identity.colleagues().stream().noneMatch(account -> account.id().equals(officer) && account.active())) {
            throw HelpdeskRefused.at("officer", "helpdesk.request.officer-unknown");
        }
        request.assign(officer, participant(actor));
        requests.save(request);
    }

    /** Answers the requester, who is e-mailed in the request's language. */
    @PreAuthorize("hasAuthority('helpdesk:answer')")
    public void answer(Actor actor, SupportRequestId id, long version, String text) {
        var request = current(found(id), version);
        request.answer(text, participant(actor), clock.instant());
        requests.save(request);
        tellRequester(request, "helpdesk/answered");
    }

    /** Asks the requester for more before answering; they are e-mailed too. */
    @PreAuthorize("hasAuthority('helpdesk:answer')")
    public void askForDetails(Actor actor, SupportRequestId id, long version, String text) {
        var request = current(found(id), version);
        request.askForDetails(text, participant(actor), clock.instant());
        requests.save(request);
        tellRequester(request, "helpdesk/details-requested");
    }

    @PreAuthorize("hasAuthority('helpdesk:answer')")
    public void note(Actor actor, SupportRequestId id, long version, String text) {
        var request = current(found(id), version);
        request.note(text, participant(actor), clock.instant());
        requests.save(request);
    }

    /**
     * What waits in the helpdesk for the actor: for the secretariat the open requests and how many are overdue (with
     * the earliest first answer due), for a requester their organisation's requests the secretariat answered or
     * waits on them for.
     */
    @Transactional(readOnly = true)
    public HelpdeskWork work(Actor actor) {
        var now = clock.instant();
        if (actor.can(ANSWER)) {
            var waiting = requests.waiting(now);
            return new HelpdeskWork(waiting[0], waiting[1], requests.nextDue(), 0, 0);
        }
        if (actor.can(ASK)) {
            var own = requests.of(actor.organisationId(), now);
            return new HelpdeskWork(0, 0, null,
                    own.stream().filter(r -> r.status() == SupportStatus.ANSWERED).count(),
                    own.stream().filter(r -> r.status() == SupportStatus.WAITING_FOR_REQUESTER).count());
        }
        return new HelpdeskWork(0, 0, null, 0, 0);
    }

    private void tellRequester(SupportRequest request, String template) {
        notifications.send(new OutgoingMessage(request.replyTo(), request.language(), template,
                Map.of("link", baseUrl + "/helpdesk/requests/" + request.id())));
    }

    private SupportRequest visible(Actor actor, SupportRequestId id) {
        var request = found(id);
        if (!actor.can(ANSWER) && !request.ofOrganisation(actor.organisationId())) {
            throw new NotFound("support request", id);
        }
        return request;
    }

    private SupportRequest visible(Actor actor, SupportRequestId id, long version) {
        return current(visible(actor, id), version);
    }

    private static SupportRequest current(SupportRequest request, long version) {
        if (request.version() != version) {
            throw new OptimisticLockingFailureException("support request " + request.id() + " was changed meanwhile");
        }
        return request;
    }

    private SupportRequest found(SupportRequestId id) {
        return requests.find(id).orElseThrow(() -> new NotFound("support request", id));
    }

    private static Participant participant(Actor actor) {
        return new Participant(actor.userId(), actor.organisationId(), actor.can(ANSWER));
    }
}
