package org.custodes.monitoring.observation;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.custodes.monitoring.ConcernId;
import org.custodes.monitoring.MonitoringRefused;
import org.custodes.monitoring.ObservationId;
import org.custodes.monitoring.concern.Concern;
import org.custodes.shared.Aggregate;
import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * An observation and its triage. It holds its text, source and internal note in clear while loaded; the repository
 * seals them with the observation's own data key. Triage happens once: a duplicate, linked to a concern, or no
 * action with the reason.
 */
public class Observation extends Aggregate {

    static final int MAX_TEXT = 10_000;
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    private final UUID id;
    private final String reference;
    private final OrganisationId reporter;
    private final @Nullable UUID reporterUser;
    private final RecordObservation content;
    private ObservationStatus status;
    private @Nullable ObservationId duplicateOf;
    private @Nullable ConcernId concern;
    private @Nullable String noActionReason;
    private @Nullable String internalNote;
    private final Instant recordedAt;
    private @Nullable Instant triagedAt;

    Observation(UUID id, String reference, OrganisationId reporter, @Nullable UUID reporterUser,
            RecordObservation content, ObservationStatus status, @Nullable ObservationId duplicateOf,
            @Nullable ConcernId concern, @Nullable String noActionReason, @Nullable String internalNote,
            Instant recordedAt, @Nullable Instant triagedAt, long version) {
        super(version);
        this.id = id;
        this.reference = reference;
        this.reporter = reporter;
        this.reporterUser = reporterUser;
        this.content = content;
        this.status = status;
        this.duplicateOf = duplicateOf;
        this.concern = concern;
        this.noActionReason = noActionReason;
        this.internalNote = internalNote;
        this.recordedAt = recordedAt;
        this.triagedAt = triagedAt;
    }

    /**
     * Records what was seen: the company described, a date no later than today, a text; a media item needs its link
     * (http or https) and its language. Nothing else is required, so that a field observer can send what they have.
     */
    public static Observation record(String reference, OrganisationId reporter, @Nullable UUID reporterUser,
            RecordObservation observation, Clock clock) {
        if (observation.companyDescription().isBlank()) {
            throw new MonitoringRefused("monitoring.observation.company-required");
        }
        if (observation.whatHappened().isBlank()) {
            throw new MonitoringRefused("monitoring.observation.text-required");
        }
        if (observation.whatHappened().length() > MAX_TEXT) {
            throw new MonitoringRefused("monitoring.refused.text-too-long", MAX_TEXT);
        }
        if (observation.observedOn().isAfter(LocalDate.now(clock))) {
            throw new MonitoringRefused("monitoring.observation.future");
        }
        if (observation.peopleAffected() != null && observation.peopleAffected() < 0) {
            throw new MonitoringRefused("monitoring.observation.people-affected");
        }
        MonitoringRefused.checkParagraphs(observation.codeParagraphs());
        var media = observation.sourceType() == SourceType.MEDIA;
        if (media && (!webLink(observation.mediaLink()) || !languageCode(observation.mediaLanguage()))) {
            throw new MonitoringRefused("monitoring.observation.media-link");
        }
        var kept = new RecordObservation(observation.sourceType(), observation.company(),
                observation.companyDescription().strip(), observation.observedOn(), observation.country(),
                strip(observation.region()), strip(observation.site()), observation.whatHappened().strip(),
                observation.category(), observation.codeParagraphs(), observation.peopleAffected(),
                observation.reliability(), observation.credibility(), strip(observation.sourceIdentity()),
                observation.sourceMayBeNamed(), media ? observation.mediaLink().strip() : null,
                media ? observation.mediaLanguage().strip().toLowerCase(Locale.ROOT) : null);
        var recorded = new Observation(UUID.randomUUID(), reference, reporter, reporterUser, kept,
                ObservationStatus.NEW, null, null, null, null, clock.instant(), null, 0);
        recorded.register(new ObservationRecorded(recorded.id(), reference, reporter, kept.sourceType(),
                kept.company(), kept.country().value(), kept.category(), kept.observedOn()));
        return recorded;
    }

    /**
     * The secretariat's triage, once. A duplicate names another observation; a link names a concern about the same
     * company where the observation names one; no action needs the reason.
     */
    public void triage(ObservationStatus outcome, @Nullable Observation original, @Nullable Concern linked,
            @Nullable String reason, @Nullable String note, Clock clock) {
        if (status != ObservationStatus.NEW) {
            throw new MonitoringRefused("monitoring.triage.already");
        }
        switch (outcome) {
            case NEW -> throw new MonitoringRefused("monitoring.triage.outcome-required");
            case DUPLICATE -> {
                if (original == null) {
                    throw new MonitoringRefused("monitoring.triage.duplicate-unknown");
                }
                if (original.id == id) {
                    throw new MonitoringRefused("monitoring.triage.duplicate-self");
                }
                duplicateOf = original.id();
            }
            case LINKED -> {
                if (linked == null) {
                    throw new MonitoringRefused("monitoring.triage.concern-unknown");
                }
                if (content.company() != null && !content.company().equals(linked.company())) {
                    throw new MonitoringRefused("monitoring.triage.other-company");
                }
                concern = linked.id();
            }
            case NO_ACTION -> {
                if (reason == null || reason.isBlank()) {
                    throw new MonitoringRefused("monitoring.triage.reason-required");
                }
                noActionReason = reason.strip();
            }
        }
        status = outcome;
        internalNote = strip(note);
        triagedAt = clock.instant();
        register(new ObservationTriaged(id(), reference, outcome, duplicateOf, concern, triagedAt));
    }

    private static boolean webLink(@Nullable String link) {
        if (link == null || link.isBlank()) {
            return false;
        }
        try {
            var uri = URI.create(link.strip());
            var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean languageCode(@Nullable String code) {
        return code != null && LANGUAGES.contains(code.strip().toLowerCase(Locale.ROOT));
    }

    private static @Nullable String strip(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public ObservationId id() {
        return new ObservationId(id);
    }

    public String reference() {
        return reference;
    }

    public OrganisationId reporter() {
        return reporter;
    }

    @Nullable UUID reporterUser() {
        return reporterUser;
    }

    public RecordObservation content() {
        return content;
    }

    public ObservationStatus status() {
        return status;
    }

    public @Nullable ObservationId duplicateOf() {
        return duplicateOf;
    }

    public @Nullable ConcernId concern() {
        return concern;
    }

    public @Nullable String noActionReason() {
        return noActionReason;
    }

    public @Nullable String internalNote() {
        return internalNote;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public @Nullable Instant triagedAt() {
        return triagedAt;
    }

    public Set<Integer> codeParagraphs() {
        return new TreeSet<>(content.codeParagraphs());
    }
}
