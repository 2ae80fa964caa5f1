package org.custodes.membership;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.custodes.organisation.OrganisationService;
import org.custodes.shared.Actor;
import org.custodes.shared.NotFound;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.PageQuery;
import org.custodes.shared.PageResult;
import org.custodes.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The membership lifecycle of organisations: the only way in for pages, the API and other modules. Every status
 * change is written to the dated history and published as {@link MembershipStatusChanged} in the same transaction.
 */
@Service
@Transactional
public class MembershipService {

    private final Memberships memberships;
    private final OrganisationService organisations;
    private final CertificationDeadlinePolicy deadlines;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    MembershipService(Memberships memberships, OrganisationService organisations, CertificationDeadlinePolicy deadlines,
            ApplicationEventPublisher events, JdbcClient jdbc, Clock clock) {
        this.memberships = memberships;
        this.organisations = organisations;
        this.deadlines = deadlines;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** For other modules: the organisation's current status, if it ever applied. No access check of its own. */
    @Transactional(readOnly = true)
    public Optional<MembershipStatus> statusOf(OrganisationId organisation) {
        return memberships.find(organisation).map(Membership::status);
    }

    /** The membership with its history; an organisation's own users see only theirs. */
    @PreAuthorize("hasAnyAuthority('membership:read', 'membership:apply')")
    @Transactional(readOnly = true)
    public MembershipDetails get(OrganisationId organisation) {
        requireOwnOrReader(organisation);
        return load(organisation).details();
    }

    /** Like {@link #get}, but empty for an organisation that never applied. */
    @PreAuthorize("hasAnyAuthority('membership:read', 'membership:apply')")
    @Transactional(readOnly = true)
    public Optional<MembershipDetails> find(OrganisationId organisation) {
        requireOwnOrReader(organisation);
        return memberships.find(organisation).map(Membership::details);
    }

    @PreAuthorize("hasAuthority('membership:read')")
    @Transactional(readOnly = true)
    public PageResult<MembershipSummary> list(@Nullable MembershipStatus status, PageQuery page) {
        var total = jdbc.sql("select count(*) from membership.membership where (:status::text is null or status = :status)")
                .param("status", status == null ? null : status.name()).query(Long.class).single();
        var ids = jdbc.sql("""
                select organisation_id from membership.membership where (:status::text is null or status = :status)
                order by status, organisation_id limit :size offset :offset
                """).param("status", status == null ? null : status.name()).param("size", page.size())
                .param("offset", page.offset())
                .query((row, n) -> new OrganisationId(row.getObject(1, java.util.UUID.class))).list();
        return PageResult.of(ids.stream().map(id -> summary(load(id))).toList(), page, total);
    }

    /** Member companies whose certification deadline passed without certification, raised by the daily job. */
    @PreAuthorize("hasAuthority('membership:read')")
    @Transactional(readOnly = true)
    public List<MembershipSummary> deadlinePassed() {
        return memberships.deadlinePassed().stream().map(details -> summary(load(details.organisation()))).toList();
    }

    /**
     * The certification module reports that a company was certified. Called from its event listener, which runs
     * without a signed-in user, so there is no permission check here and no route leads to it.
     */
    public MembershipDetails recordCertified(OrganisationId organisation, LocalDate date, String reference) {
        return change(organisation, membership -> membership.recordCertified(
                new MembershipDecision(date, "certification", reference), actor()));
    }

    /** The certification module reports that a company's certification lapsed (see {@link #recordCertified}). */
    public MembershipDetails recordCertificationLapsed(OrganisationId organisation, LocalDate date, String reference) {
        return change(organisation, membership -> membership.recordCertificationLapsed(
                new MembershipDecision(date, "certification-lapsed", reference), actor()));
    }

    /**
     * The secretariat makes a member company whose deadline passed an affiliate. Until the reporting module can say
     * whether the latest self-assessment was satisfactory, the secretariat records that finding with this call.
     */
    @PreAuthorize("hasAuthority('membership:review')")
    public MembershipDetails makeAffiliate(OrganisationId organisation, MembershipDecision decision,
            boolean latestSelfAssessmentSatisfactory) {
        return change(organisation, membership -> membership.becomeAffiliate(decision, actor(),
                latestSelfAssessmentSatisfactory));
    }

    /** Opens the right of reply before a termination outside the sanctions ladder (non-payment, no self-assessment). */
    @PreAuthorize("hasAuthority('membership:review')")
    public MembershipDetails proposeTermination(OrganisationId organisation, TerminationGround ground,
            LocalDate replyDeadline) {
        return change(organisation, membership -> membership.proposeTermination(ground, today(), replyDeadline));
    }

    @PreAuthorize("hasAuthority('membership:apply')")
    public MembershipDetails replyToTerminationProposal(OrganisationId organisation, String reply) {
        requireOwn(organisation);
        return change(organisation, membership -> membership.replyToTerminationProposal(reply, today()));
    }

    /** The Board terminates on the proposed ground, once the company's reply (or its silence) is on record. */
    @PreAuthorize("hasAuthority('membership:decide')")
    public MembershipDetails terminate(OrganisationId organisation, MembershipDecision decision) {
        return change(organisation, membership -> membership.terminateOnProposal(decision, actor()));
    }

    /** The organisation leaves of its own will, or withdraws its application. */
    @PreAuthorize("hasAuthority('membership:apply')")
    public MembershipDetails withdraw(OrganisationId organisation, String reason) {
        requireOwn(organisation);
        return change(organisation, membership -> membership.withdraw(new MembershipDecision(today(), reason, null), actor()));
    }

    Membership load(OrganisationId organisation) {
        return memberships.find(organisation).orElseThrow(() -> new NotFound("membership", organisation));
    }

    MembershipDetails change(OrganisationId organisation, java.util.function.Consumer<Membership> transition) {
        var membership = load(organisation);
        transition.accept(membership);
        return save(membership);
    }

    MembershipDetails save(Membership membership) {
        memberships.save(membership, clock.instant());
        membership.pendingEvents().forEach(events::publishEvent);
        membership.saved();
        return membership.details();
    }

    CertificationDeadlinePolicy deadlines() {
        return deadlines;
    }

    private MembershipSummary summary(Membership membership) {
        var name = organisations.find(membership.organisation()).map(o -> o.legalName())
                .orElse(membership.organisation().toString());
        var proposal = membership.terminationProposal();
        return new MembershipSummary(membership.organisation(), name, membership.pillar(), membership.status(),
                membership.joinedOn(), membership.certificationDeadline(), membership.deadlinePassedOn(),
                proposal == null ? null : proposal.ground());
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    static @Nullable UserId actor() {
        return Actor.current().map(Actor::userId).orElse(null);
    }

    /** Readers see every organisation; others only their own, and anything else is "not found". */
    static void requireOwnOrReader(OrganisationId organisation) {
        var actor = Actor.current();
        if (actor.isPresent() && actor.get().can("membership:read")) {
            return;
        }
        requireOwn(organisation);
    }

    static void requireOwn(OrganisationId organisation) {
        var actor = Actor.current();
        if (actor.isEmpty() || !actor.get().organisationId().equals(organisation)) {
            throw new NotFound("membership", organisation);
        }
    }
}
