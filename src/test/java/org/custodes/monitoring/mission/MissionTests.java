package org.custodes.monitoring.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;

import org.custodes.shared.BusinessRuleViolation;
import org.custodes.shared.OrganisationId;
import org.junit.jupiter.api.Test;

class MissionTests {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T09:00:00Z"), ZoneOffset.UTC);
    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    static final OrganisationId COMPANY = new OrganisationId(UUID.randomUUID());
    static final UUID OFFICER = UUID.randomUUID();

    static PlanMission plan(MissionTrigger trigger, String requestedBy, LocalDate starts, LocalDate ends) {
        return new PlanMission(trigger, requestedBy, "ke", Set.of(COMPANY), "Lokichar oil camp",
                "The client's security manager; the Nakukulas community", Set.of(OFFICER), Set.of(), starts, ends,
                "FBR-2027-01", " Road from Lodwar by day only ");
    }

    static String refused(Runnable attempt) {
        try {
            attempt.run();
        } catch (BusinessRuleViolation violation) {
            return violation.field() + ":" + violation.messageKey();
        }
        throw new AssertionError("not refused");
    }

    static Mission inProgress() {
        var mission = Mission.plan("MM-2026-001", plan(MissionTrigger.RISK_ASSESSMENT, null, TODAY, TODAY.plusDays(4)),
                CLOCK);
        mission.start(CLOCK);
        mission.saved();
        return mission;
    }

    @Test
    void aPlanNamesItsTriggerWhoAskedForAMembersRequestTheCountryCompaniesTeamDatesAndBudgetLine() {
        assertThat(refused(() -> Mission.plan("MM", plan(MissionTrigger.MEMBER_REQUEST, " ", TODAY, TODAY), CLOCK)))
                .isEqualTo("requestedBy:monitoring.mission.requested-by-required");
        assertThat(refused(() -> Mission.plan("MM", plan(null, null, TODAY, TODAY), CLOCK)))
                .isEqualTo("trigger:monitoring.mission.trigger-required");
        assertThat(refused(() -> Mission.plan("MM", plan(MissionTrigger.INFORMATION_REVIEW, null, TODAY.minusDays(1),
                TODAY), CLOCK))).isEqualTo("startsOn:monitoring.mission.starts-on");
        assertThat(refused(() -> Mission.plan("MM", plan(MissionTrigger.INFORMATION_REVIEW, null, TODAY,
                TODAY.minusDays(1)), CLOCK))).isEqualTo("endsOn:monitoring.mission.ends-on");
        assertThat(refused(() -> Mission.plan("MM", new PlanMission(MissionTrigger.INFORMATION_REVIEW, null, "XX",
                Set.of(COMPANY), "", "", Set.of(OFFICER), Set.of(), TODAY, TODAY, "B", null), CLOCK)))
                .isEqualTo("country:monitoring.mission.country-required");
        assertThat(refused(() -> Mission.plan("MM", new PlanMission(MissionTrigger.INFORMATION_REVIEW, null, "KE",
                Set.of(), "", "", Set.of(OFFICER), Set.of(), TODAY, TODAY, "B", null), CLOCK)))
                .isEqualTo("companies:monitoring.mission.companies-required");
        assertThat(refused(() -> Mission.plan("MM", new PlanMission(MissionTrigger.INFORMATION_REVIEW, null, "KE",
                Set.of(COMPANY), "", "", Set.of(), Set.of(), TODAY, TODAY, "B", null), CLOCK)))
                .isEqualTo("team:monitoring.mission.team-required");

        var mission = Mission.plan("MM-2026-001", plan(MissionTrigger.MEMBER_REQUEST, " Ministry of Foreign Affairs ",
                TODAY, TODAY.plusDays(4)), CLOCK);
        assertThat(mission.status()).isEqualTo(MissionStatus.PLANNED);
        assertThat(mission.requestedBy).isEqualTo("Ministry of Foreign Affairs");
        assertThat(mission.country).isEqualTo("KE");
        assertThat(mission.securityNotes).isEqualTo("Road from Lodwar by day only");
        assertThat(mission.pendingEvents()).containsExactly(new MissionChanged(new MissionId(mission.id),
                "MM-2026-001", MissionStatus.PLANNED, TODAY));
        assertThat(Mission.plan("MM", plan(MissionTrigger.RISK_ASSESSMENT, "ignored", TODAY, TODAY), CLOCK)
                .requestedBy).as("only a member's request names who asked").isNull();
    }

    @Test
    void plannedThenInProgressThenCompletedOrCancelledWithAReason() {
        var mission = Mission.plan("MM", plan(MissionTrigger.RISK_ASSESSMENT, null, TODAY, TODAY), CLOCK);
        assertThatThrownBy(() -> mission.complete(CLOCK)).hasMessage("monitoring.mission.cannot-completed");
        mission.start(CLOCK);
        assertThatThrownBy(() -> mission.start(CLOCK)).hasMessage("monitoring.mission.cannot-in-progress");
        mission.complete(CLOCK);
        assertThat(mission.status()).isEqualTo(MissionStatus.COMPLETED);
        assertThatThrownBy(() -> mission.cancel("Too late", CLOCK)).hasMessage("monitoring.mission.not-open");

        var other = Mission.plan("MM", plan(MissionTrigger.RISK_ASSESSMENT, null, TODAY, TODAY), CLOCK);
        assertThat(refused(() -> other.cancel(" ", CLOCK))).isEqualTo("reason:monitoring.mission.reason-required");
        other.cancel("Road closed by floods", CLOCK);
        assertThat(other.status()).isEqualTo(MissionStatus.CANCELLED);
        assertThat(other.cancelReason()).isEqualTo("Road closed by floods");
    }

    @Test
    void anInterviewIsByRoleWithANameOnlyWithConsentAndOnlyWhileInTheField() {
        var planned = Mission.plan("MM", plan(MissionTrigger.RISK_ASSESSMENT, null, TODAY, TODAY), CLOCK);
        var guard = new RecordInterview(COMPANY, IntervieweeRole.GUARD, false, null, "Shifts of 16 hours", Set.of(64));
        assertThatThrownBy(() -> planned.interview(guard, OFFICER, CLOCK))
                .hasMessage("monitoring.interview.not-in-progress");

        var mission = inProgress();
        assertThat(refused(() -> mission.interview(new RecordInterview(COMPANY, IntervieweeRole.GUARD, false,
                "Joseph Ekai", "Notes", Set.of()), OFFICER, CLOCK)))
                .isEqualTo("intervieweeName:monitoring.interview.name-without-consent");
        assertThat(refused(() -> mission.interview(new RecordInterview(COMPANY, null, true, null, "Notes",
                Set.of()), OFFICER, CLOCK))).isEqualTo("role:monitoring.interview.role-required");
        assertThat(refused(() -> mission.interview(new RecordInterview(COMPANY, IntervieweeRole.GUARD, true, null,
                " ", Set.of()), OFFICER, CLOCK))).isEqualTo("notes:monitoring.interview.notes-required");
        assertThat(refused(() -> mission.interview(new RecordInterview(new OrganisationId(UUID.randomUUID()),
                IntervieweeRole.MANAGER, true, null, "Notes", Set.of()), OFFICER, CLOCK)))
                .isEqualTo("company:monitoring.interview.company-not-visited");
        assertThat(refused(() -> mission.interview(new RecordInterview(COMPANY, IntervieweeRole.GUARD, true, null,
                "Notes", Set.of(71)), OFFICER, CLOCK))).isEqualTo("codeParagraphs:monitoring.refused.paragraph");

        var recorded = mission.interview(guard, OFFICER, CLOCK);
        assertThat(recorded.intervieweeName()).isNull();
        assertThat(recorded.notes()).isEqualTo("Shifts of 16 hours");
        var named = mission.interview(new RecordInterview(null, IntervieweeRole.LOCAL_AUTHORITY, true,
                " Chief Lokwang ", "Met at the chief's office", Set.of()), OFFICER, CLOCK);
        assertThat(named.intervieweeName()).isEqualTo("Chief Lokwang");
        assertThat(mission.pendingEvents()).filteredOn(InterviewRecorded.class::isInstance).hasSize(2);
    }
}
