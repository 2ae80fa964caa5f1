package org.custodes.monitoring;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.custodes.monitoring.concern.Concern;
import org.custodes.monitoring.concern.ConcernDetails;
import org.custodes.monitoring.concern.ConcernOrigin;
import org.custodes.monitoring.concern.ConcernSummary;
import org.custodes.monitoring.concern.Concerns;
import org.custodes.monitoring.concern.MessageSide;
import org.custodes.monitoring.concern.OpenConcern;
import org.custodes.monitoring.finding.Finding;
import org.custodes.monitoring.finding.FindingDetails;
import org.custodes.monitoring.finding.FindingResponse;
import org.custodes.monitoring.finding.Findings;
import org.custodes.monitoring.finding.RecordFinding;
import org.custodes.monitoring.observation.Observation;
import org.custodes.monitoring.observation.ObservationDetails;
import org.custodes.monitoring.observation.ObservationInFlight;
import org.custodes.monitoring.observation.ObservationStatus;
import org.custodes.monitoring.observation.ObservationSummary;
import org.custodes.monitoring.observation.Observations;
import org.custodes.monitoring.observation.RecordObservation;
import org.custodes.monitoring.observation.RecordedObservation;
import org.custodes.monitoring.observation.SourceType;
import org.custodes.monitoring.observation.TriageObservation;
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
 * Monitoring: the only way in for pages, the API and other modules. Permissions: {@code monitoring:observe} (civil
 * society, states, clients and the secretariat record observations and follow their organisation's),
 * {@code monitoring:read} (the secretariat and the Board read every observation, its source and internal notes, and
 * every concern), {@code monitoring:handle} (the secretariat triages, records media items and moves concerns),
 * {@code monitoring:refer} (the Executive Director refers a concern to the Board) and {@code monitoring:respond} (a
 * company's representatives read and answer their own concerns). Anything else answers "not found".
 */
@Service
@Transactional
public class MonitoringService {

    static final int LIST_LIMIT = 200;

    private final Observations observations;
    private final Concerns concerns;
    private final Findings findings;
    private final OrganisationService organisations;
    private final Clock clock;

    MonitoringService(Observations observations, Concerns concerns, Findings findings,
            OrganisationService organisations, Clock clock) {
        this.observations = observations;
        this.concerns = concerns;
        this.findings = findings;
        this.organisations = organisations;
        this.clock = clock;
    }

    // Observations

    /**
     * Records an observation for the signed-in person's organisation. With an idempotency key (scoped to that
     * organisation), a repeat of the same observation returns the first answer, and the same key with another
     * observation is refused; a repeat while the first is still running fails with {@link ObservationInFlight}.
     */
    @PreAuthorize("hasAuthority('monitoring:observe')")
    public RecordedObservation recordObservation(RecordObservation command, @Nullable String idempotencyKey) {
        var actor = actor();
        if (command.sourceType() == SourceType.MEDIA && !actor.can("monitoring:handle")) {
            throw new MonitoringRefused("monitoring.observation.media-secretariat");
        }
        if (command.company() != null && organisations.find(command.company())
                .filter(organisation -> organisation.kind() == OrganisationKind.COMPANY).isEmpty()) {
            throw new MonitoringRefused("monitoring.observation.company-unknown");
        }
        if (idempotencyKey == null) {
            return record(command, actor);
        }
        var keyHash = sha256("custodes/monitoring-idempotency/" + actor.organisationId() + "/" + idempotencyKey);
        if (!observations.tryLock(keyHash)) {
            throw new ObservationInFlight();
        }
        var fingerprint = fingerprint(command);
        var replay = observations.replay(keyHash);
        if (replay.isPresent()) {
            if (!MessageDigest.isEqual(replay.get().fingerprint(), fingerprint)) {
                throw new MonitoringRefused("monitoring.idempotency.reused");
            }
            return new RecordedObservation(replay.get().observation(), replay.get().reference(), true);
        }
        var recorded = record(command, actor);
        observations.remember(keyHash, fingerprint, recorded.id(), clock.instant());
        return recorded;
    }

    private RecordedObservation record(RecordObservation command, Actor actor) {
        var observation = Observation.record(observations.nextReference(LocalDate.now(clock).getYear()),
                actor.organisationId(), actor.userId().value(), command, clock);
        observations.insert(observation);
        return new RecordedObservation(observation.id(), observation.reference(), false);
    }

    /** The secretariat and the Board see every observation, awaiting triage first; others their organisation's. */
    @PreAuthorize("hasAnyAuthority('monitoring:observe', 'monitoring:read')")
    @Transactional(readOnly = true)
    public List<ObservationSummary> observations() {
        var actor = actor();
        return actor.can("monitoring:read") ? observations.all(LIST_LIMIT)
                : observations.filedBy(actor.organisationId(), LIST_LIMIT);
    }

    /**
     * One observation: in full (with its source and internal note) for the secretariat and the Board; for the
     * organisation that filed it, what it wrote and what became of it; for anyone else it does not exist.
     */
    @PreAuthorize("hasAnyAuthority('monitoring:observe', 'monitoring:read')")
    @Transactional(readOnly = true)
    public ObservationDetails observation(ObservationId id) {
        var actor = actor();
        var observation = observations.find(id).orElseThrow(() -> new NotFound("observation", id));
        var internal = actor.can("monitoring:read");
        if (!internal && !observation.reporter().equals(actor.organisationId())) {
            throw new NotFound("observation", id);
        }
        var c = observation.content();
        var concern = observation.concern() == null ? null
                : concerns.find(observation.concern()).map(Concern::reference).orElse(null);
        return new ObservationDetails(observation.id(), observation.reference(),
                organisations.find(observation.reporter()).map(OrganisationSummary::legalName).orElse(""),
                c.sourceType(), c.company(), c.companyDescription(), c.observedOn(), c.country().value(), c.region(),
                c.site(), c.whatHappened(), c.category(), List.copyOf(observation.codeParagraphs()),
                c.peopleAffected(), c.reliability(), c.credibility(), c.sourceMayBeNamed(), c.mediaLink(),
                c.mediaLanguage(), observation.status(), observations.referenceOf(observation.duplicateOf()), concern,
                observation.noActionReason(), observation.recordedAt(), observation.triagedAt(), internal,
                internal ? c.sourceIdentity() : null, internal ? observation.internalNote() : null);
    }

    /** The secretariat's triage of a new observation; duplicates and concerns are named by their references. */
    @PreAuthorize("hasAuthority('monitoring:handle')")
    public ObservationDetails triage(ObservationId id, TriageObservation command) {
        var observation = observations.find(id).orElseThrow(() -> new NotFound("observation", id));
        var original = command.outcome() != ObservationStatus.DUPLICATE || command.duplicateOf() == null ? null
                : observations.findByReference(command.duplicateOf()).orElse(null);
        var concern = command.outcome() != ObservationStatus.LINKED || command.concern() == null ? null
                : concerns.idOf(command.concern()).flatMap(concerns::find).orElse(null);
        observation.triage(command.outcome(), original, concern, command.reason(), command.internalNote(), clock);
        observations.saveTriage(observation);
        return observation(id);
    }

    /** The companies an observation or a concern may name (names are public). */
    @PreAuthorize("hasAnyAuthority('monitoring:observe', 'monitoring:handle')")
    @Transactional(readOnly = true)
    public List<OrganisationSummary> companies() {
        return organisations.searchCompanies("", 50);
    }

    // Concerns

    /**
     * Opens a concern about a company. Opened from an observation, the observation is linked to it at once (it must
     * be awaiting triage), and the concern's origin is that observation.
     */
    @PreAuthorize("hasAuthority('monitoring:handle')")
    public ConcernId openConcern(OpenConcern command, @Nullable ObservationId fromObservation) {
        if (organisations.find(command.company()).filter(o -> o.kind() == OrganisationKind.COMPANY).isEmpty()) {
            throw new MonitoringRefused("monitoring.concern.company-unknown");
        }
        var observation = fromObservation == null ? null
                : observations.find(fromObservation).orElseThrow(() -> new NotFound("observation", fromObservation));
        var opened = observation == null ? command
                : new OpenConcern(command.company(), command.category(), ConcernOrigin.OBSERVATION,
                        observation.reference(), command.summary(), command.codeParagraphs());
        var concern = Concern.open(concerns.nextReference(LocalDate.now(clock).getYear()), opened,
                actor().userId().value(), clock);
        concerns.insert(concern);
        if (observation != null) {
            observation.triage(ObservationStatus.LINKED, null, concern, null, null, clock);
            observations.saveTriage(observation);
        }
        return concern.id();
    }

    /** The secretariat and the Board see every concern, open ones first by stage; a company sees its own. */
    @PreAuthorize("hasAnyAuthority('monitoring:read', 'monitoring:respond')")
    @Transactional(readOnly = true)
    public List<ConcernSummary> concerns() {
        var actor = actor();
        var rows = actor.can("monitoring:read") ? concerns.all() : concerns.of(actor.organisationId());
        return rows.stream().map(row -> new ConcernSummary(row.id(), row.reference(), row.company(),
                name(row.company()), row.category(), row.stage(), row.openedOn())).toList();
    }

    /** A concern: in full for the secretariat and the Board; its own concern for a company, without internal notes. */
    @PreAuthorize("hasAnyAuthority('monitoring:read', 'monitoring:respond')")
    @Transactional(readOnly = true)
    public ConcernDetails concern(ConcernId id) {
        var concern = readable(id);
        var internal = actor().can("monitoring:read");
        return concern.details(name(concern.company()), internal ? observations.linkedTo(id) : List.of(),
                findings.of(id).stream().map(Finding::details).toList(), internal);
    }

    // Findings

    /** The secretariat records a finding on an open concern: one Code paragraph, a severity and the evidence. */
    @PreAuthorize("hasAuthority('monitoring:handle')")
    public FindingId recordFinding(ConcernId concern, RecordFinding command) {
        var finding = Finding.record(findings.nextReference(LocalDate.now(clock).getYear()), load(concern), command,
                clock);
        findings.insert(finding);
        return finding.id();
    }

    /** The company acknowledges a finding on its own concern, or disputes it with its reasons; else not found. */
    @PreAuthorize("hasAuthority('monitoring:respond')")
    public FindingDetails answerFinding(ConcernId concern, FindingId id, FindingResponse answer,
            @Nullable String reasons) {
        var finding = findings.find(id).filter(f -> f.concern().equals(concern))
                .filter(f -> f.company().equals(actor().organisationId()))
                .orElseThrow(() -> new NotFound("finding", id));
        finding.answer(answer, reasons, clock);
        findings.save(finding);
        return finding.details();
    }

    @PreAuthorize("hasAuthority('monitoring:handle')")
    public ConcernDetails startDialogue(ConcernId id) {
        return change(id, concern -> concern.startDialogue(clock));
    }

    @PreAuthorize("hasAuthority('monitoring:handle')")
    public ConcernDetails recommend(ConcernId id, String recommendations) {
        return change(id, concern -> concern.recommend(recommendations, clock));
    }

    @PreAuthorize("hasAuthority('monitoring:handle')")
    public ConcernDetails resolve(ConcernId id, String reason) {
        return change(id, concern -> concern.resolve(reason, clock));
    }

    /** The Executive Director's referral to the Board; membership opens the compliance case on the event. */
    @PreAuthorize("hasAuthority('monitoring:refer')")
    public ConcernDetails referToBoard(ConcernId id, String reason) {
        return change(id, concern -> concern.referToBoard(reason, clock));
    }

    /**
     * A message in the dialogue. The secretariat writes shared messages or internal notes; a company writes to its
     * own concerns only, and its messages are always shared.
     */
    @PreAuthorize("hasAnyAuthority('monitoring:handle', 'monitoring:respond')")
    public ConcernDetails post(ConcernId id, String text, boolean shared) {
        var actor = actor();
        var secretariat = actor.can("monitoring:handle");
        var concern = secretariat ? load(id) : readable(id);
        concern.post(secretariat ? MessageSide.SECRETARIAT : MessageSide.COMPANY, actor.userId().value(), text,
                shared, clock);
        concerns.save(concern);
        return concern(id);
    }

    private ConcernDetails change(ConcernId id, java.util.function.Consumer<Concern> change) {
        var concern = load(id);
        change.accept(concern);
        concerns.save(concern);
        return concern(id);
    }

    /** The concern if the actor may read it: the secretariat and the Board any, a company its own; else not found. */
    private Concern readable(ConcernId id) {
        var concern = load(id);
        var actor = actor();
        if (!actor.can("monitoring:read") && !concern.company().equals(actor.organisationId())) {
            throw new NotFound("concern", id);
        }
        return concern;
    }

    private Concern load(ConcernId id) {
        return concerns.find(id).orElseThrow(() -> new NotFound("concern", id));
    }

    private String name(OrganisationId organisation) {
        return organisations.find(organisation).map(OrganisationSummary::legalName).orElse("");
    }

    private static Actor actor() {
        return Actor.current().orElseThrow(() -> new MonitoringRefused("monitoring.refused.signed-in"));
    }

    private static byte[] fingerprint(RecordObservation c) {
        var canonical = new RecordObservation(c.sourceType(), c.company(), c.companyDescription(), c.observedOn(),
                c.country(), c.region(), c.site(), c.whatHappened(), c.category(), Set.of(), c.peopleAffected(),
                c.reliability(), c.credibility(), c.sourceIdentity(), c.sourceMayBeNamed(), c.mediaLink(),
                c.mediaLanguage());
        return sha256(canonical + "|" + new TreeSet<>(c.codeParagraphs()));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * For the oversight ranking: per company, what monitoring holds against it, in three queries for all companies.
     * No access check of its own; the caller holds its own permission.
     */
    @Transactional(readOnly = true)
    public java.util.Map<OrganisationId, CompanyMonitoringCounts> countsByCompany(LocalDate observedSince) {
        var standing = observations.standingByCompany(observedSince);
        var open = concerns.openByCompany();
        var found = findings.openByCompany();
        var companies = new java.util.HashSet<OrganisationId>(standing.keySet());
        companies.addAll(open.keySet());
        companies.addAll(found.keySet());
        var counts = new java.util.HashMap<OrganisationId, CompanyMonitoringCounts>();
        companies.forEach(company -> counts.put(company, new CompanyMonitoringCounts(standing.getOrDefault(company, 0),
                open.getOrDefault(company, 0), found.getOrDefault(company, 0))));
        return counts;
    }
}
