package org.custodes.monitoring.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;

import org.custodes.monitoring.concern.Concern;
import org.custodes.monitoring.ConcernCategory;
import org.custodes.monitoring.concern.ConcernOrigin;
import org.custodes.monitoring.concern.OpenConcern;
import org.custodes.shared.CountryCode;
import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ObservationTests {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);
    static final OrganisationId CSO = new OrganisationId(UUID.randomUUID());
    static final OrganisationId COMPANY = new OrganisationId(UUID.randomUUID());

    static RecordObservation seen(SourceType source, LocalDate on, @Nullable String link, @Nullable String language) {
        return new RecordObservation(source, COMPANY, " Aegis Shield guards ", on, new CountryCode("KE"), "Turkana",
                " ", "Guards pushed back villagers at the mine gate", ObservationCategory.USE_OF_FORCE, Set.of(31),
                4, SourceReliability.B, InformationCredibility.TWO, "A village elder", false, link, language);
    }

    static Observation recorded() {
        var observation = Observation.record("OB-2026-0001", CSO, null,
                seen(SourceType.CIVIL_SOCIETY_FIELD, LocalDate.of(2026, 12, 1), null, null), CLOCK);
        observation.saved();
        return observation;
    }

    static Concern concernAbout(OrganisationId company) {
        return Concern.open("MC-2026-001", new OpenConcern(company, ConcernCategory.PERSONNEL_MISCONDUCT,
                ConcernOrigin.DIRECT, null, "Use of force at the mine", Set.of()), null, CLOCK);
    }

    @Test
    void recordingKeepsWhatWasSeenTrimmedAndAnnouncesItWithoutTextOrSource() {
        var observation = Observation.record("OB-2026-0001", CSO, null,
                seen(SourceType.CIVIL_SOCIETY_FIELD, LocalDate.of(2026, 12, 7), null, null), CLOCK);
        assertThat(observation.status()).isEqualTo(ObservationStatus.NEW);
        assertThat(observation.content().companyDescription()).isEqualTo("Aegis Shield guards");
        assertThat(observation.content().site()).isNull();
        assertThat(observation.content().sourceMayBeNamed()).isFalse();
        assertThat(observation.pendingEvents()).containsExactly(new ObservationRecorded(observation.id(),
                "OB-2026-0001", CSO, SourceType.CIVIL_SOCIETY_FIELD, COMPANY, "KE", ObservationCategory.USE_OF_FORCE,
                LocalDate.of(2026, 12, 7)));
        assertThat(observation.pendingEvents().getFirst().toString()).doesNotContain("villagers", "elder");
    }

    @Test
    void anObservationFromTomorrowIsRefused() {
        assertThatThrownBy(() -> Observation.record("OB-2026-0001", CSO, null,
                seen(SourceType.OTHER, LocalDate.of(2026, 12, 8), null, null), CLOCK))
                .hasMessage("monitoring.observation.future");
    }

    @Test
    void aMediaItemNeedsAWebLinkAndALanguage() {
        var on = LocalDate.of(2026, 11, 30);
        for (var link : new String[] { null, "", "ftp://news.example/item", "javascript:alert(1)", "not a link" }) {
            assertThatThrownBy(() -> Observation.record("OB-2026-0001", CSO, null, seen(SourceType.MEDIA, on, link, "sw"),
                    CLOCK)).as(String.valueOf(link)).hasMessage("monitoring.observation.media-link");
        }
        assertThatThrownBy(() -> Observation.record("OB-2026-0001", CSO, null,
                seen(SourceType.MEDIA, on, "https://news.example/item", "zz"), CLOCK))
                .hasMessage("monitoring.observation.media-link");
        var media = Observation.record("OB-2026-0001", CSO, null,
                seen(SourceType.MEDIA, on, "https://news.example/item", "SW"), CLOCK);
        assertThat(media.content().mediaLanguage()).isEqualTo("sw");
        var field = Observation.record("OB-2026-0002", CSO, null,
                seen(SourceType.CIVIL_SOCIETY_FIELD, on, "https://news.example/item", "sw"), CLOCK);
        assertThat(field.content().mediaLink()).isNull();
    }

    @Test
    void anUnknownCodeParagraphIsRefused() {
        var unknown = new RecordObservation(SourceType.OTHER, null, "A company", LocalDate.of(2026, 12, 1),
                new CountryCode("IQ"), null, null, "Text", ObservationCategory.OTHER, Set.of(0), null,
                SourceReliability.X, InformationCredibility.FOUR, null, false, null, null);
        assertThatThrownBy(() -> Observation.record("OB-2026-0001", CSO, null, unknown, CLOCK))
                .hasMessage("monitoring.refused.paragraph");
    }

    @Test
    void triageHappensOnceWithWhatEachOutcomeNeeds() {
        var first = recorded();
        var observation = recorded();
        assertThatThrownBy(() -> observation.triage(ObservationStatus.DUPLICATE, null, null, null, null, CLOCK))
                .hasMessage("monitoring.triage.duplicate-unknown");
        assertThatThrownBy(() -> observation.triage(ObservationStatus.DUPLICATE, observation, null, null, null, CLOCK))
                .hasMessage("monitoring.triage.duplicate-self");
        assertThatThrownBy(() -> observation.triage(ObservationStatus.LINKED, null, null, null, null, CLOCK))
                .hasMessage("monitoring.triage.concern-unknown");
        assertThatThrownBy(() -> observation.triage(ObservationStatus.LINKED, null,
                concernAbout(new OrganisationId(UUID.randomUUID())), null, null, CLOCK))
                .hasMessage("monitoring.triage.other-company");
        assertThatThrownBy(() -> observation.triage(ObservationStatus.NO_ACTION, null, null, " ", null, CLOCK))
                .hasMessage("monitoring.triage.reason-required");
        assertThatThrownBy(() -> observation.triage(ObservationStatus.NEW, null, null, null, null, CLOCK))
                .hasMessage("monitoring.triage.outcome-required");
        assertThat(observation.status()).isEqualTo(ObservationStatus.NEW);
        assertThat(observation.pendingEvents()).isEmpty();

        observation.triage(ObservationStatus.DUPLICATE, first, null, null, "Same incident as the first", CLOCK);
        assertThat(observation.duplicateOf()).isEqualTo(first.id());
        assertThat(observation.pendingEvents()).containsExactly(new ObservationTriaged(observation.id(),
                "OB-2026-0001", ObservationStatus.DUPLICATE, first.id(), null, CLOCK.instant()));
        assertThatThrownBy(() -> observation.triage(ObservationStatus.NO_ACTION, null, null, "again", null, CLOCK))
                .hasMessage("monitoring.triage.already");
    }

    @Test
    void linkingAndNoActionRecordWhatTheyNeed() {
        var linked = recorded();
        var concern = concernAbout(COMPANY);
        linked.triage(ObservationStatus.LINKED, null, concern, null, null, CLOCK);
        assertThat(linked.concern()).isEqualTo(concern.id());
        var dropped = recorded();
        dropped.triage(ObservationStatus.NO_ACTION, null, null, " Outside the Code's scope ", null, CLOCK);
        assertThat(dropped.noActionReason()).isEqualTo("Outside the Code's scope");
    }
}
