package org.custodes.governance.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.custodes.shared.OrganisationId;
import org.junit.jupiter.api.Test;

class AssemblyTests {

    private static final Instant NOW = Instant.parse("2026-11-02T09:00:00Z");
    private static final OrganisationId MOVER = new OrganisationId(UUID.randomUUID());
    private static final OrganisationId SECONDER = new OrganisationId(UUID.randomUUID());

    @Test
    void theNoticeIsDueTheConfiguredTimeAheadOfThePillarMeetingsAndIsSentOnce() {
        var assembly = convene(NOW.plus(Duration.ofDays(40)));
        assertThat(assembly.noticeDue(NOW, Duration.ofDays(30))).isFalse();
        assertThat(assembly.noticeDue(NOW.plus(Duration.ofDays(11)), Duration.ofDays(30))).isTrue();
        assembly.noticeSent(12, NOW.plus(Duration.ofDays(11)));
        assertThat(assembly.noticeDue(NOW.plus(Duration.ofDays(12)), Duration.ofDays(30))).isFalse();
        assertThatThrownBy(() -> assembly.noticeSent(12, NOW.plus(Duration.ofDays(12))))
                .hasMessage("governance.assembly.notice-sent");
    }

    @Test
    void pillarMeetingsComeBeforeThePlenaryAndAMotionNeedsAMoverOtherThanItsSeconder() {
        var pillars = NOW.plus(Duration.ofDays(20));
        assertThatThrownBy(() -> Assembly.convene(new ConveneAssembly(AssemblyKind.ORDINARY, "AGA", pillars,
                pillars.minusSeconds(60), "Geneva", null, List.of(item(MOVER, SECONDER))), NOW))
                .hasMessage("governance.assembly.pillars-first");
        assertThatThrownBy(() -> Assembly.convene(new ConveneAssembly(AssemblyKind.ORDINARY, "AGA", pillars,
                pillars.plusSeconds(3600), "Geneva", null, List.of(item(null, null))), NOW))
                .hasMessage("governance.assembly.motion-needs-mover");
        assertThatThrownBy(() -> Assembly.convene(new ConveneAssembly(AssemblyKind.ORDINARY, "AGA", pillars,
                pillars.plusSeconds(3600), "Geneva", null, List.of(item(MOVER, MOVER))), NOW))
                .hasMessage("governance.assembly.seconder-is-mover");
        assertThatThrownBy(() -> Assembly.convene(new ConveneAssembly(AssemblyKind.ORDINARY, "AGA", pillars,
                pillars.plusSeconds(3600), " ", null, List.of(item(MOVER, SECONDER))), NOW))
                .hasMessage("governance.assembly.where");
    }

    @Test
    void minutesAreDraftedAfterTheAssemblyAndApprovedAtTheNextOneOnceItMeets() {
        var first = convene(NOW.plus(Duration.ofDays(10)));
        var afterFirst = NOW.plus(Duration.ofDays(11));
        assertThatThrownBy(() -> first.recordMinutes("Minutes", NOW)).hasMessage("governance.assembly.not-held");
        first.recordMinutes("The plenary adopted the budget.", afterFirst);
        var second = convene(NOW.plus(Duration.ofDays(300)));
        assertThatThrownBy(() -> first.approveMinutesAt(second, afterFirst))
                .hasMessage("governance.assembly.approve-at-next");
        first.approveMinutesAt(second, NOW.plus(Duration.ofDays(301)));
        assertThat(first.minutesApprovedAt()).isEqualTo(second.id());
        assertThatThrownBy(() -> first.recordMinutes("Changed", NOW.plus(Duration.ofDays(302))))
                .hasMessage("governance.assembly.minutes-approved");
    }

    private static Assembly convene(Instant pillarMeetings) {
        return Assembly.convene(new ConveneAssembly(AssemblyKind.ORDINARY, "Annual General Assembly", pillarMeetings,
                pillarMeetings.plus(Duration.ofHours(3)), "Geneva", null, List.of(item(MOVER, SECONDER))), NOW);
    }

    private static AgendaItem item(OrganisationId mover, OrganisationId seconder) {
        return new AgendaItem(0, "Budget", null, "The General Assembly adopts the budget.", mover, seconder);
    }
}
