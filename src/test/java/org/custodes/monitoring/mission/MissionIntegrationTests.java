package org.custodes.monitoring.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.custodes.organisation.OrganisationService;
import org.custodes.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

@IntegrationTest
class MissionIntegrationTests {

    @Autowired MissionService missions;
    @Autowired OrganisationService organisations;
    @Autowired UserDetailsService accounts;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    <T> T as(String email, Supplier<T> work) {
        return org.custodes.monitoring.DemoAccount.as(accounts, email, work);
    }

    @Test
    void theDemoHasACompletedMissionWithItsInterviewsAndAPlannedOne() {
        var all = as("officer@custodes.example", missions::missions);
        assertThat(all).extracting(MissionDetails::status).contains(MissionStatus.COMPLETED, MissionStatus.PLANNED);
        assertThat(all.getFirst().status()).as("planned and in progress first").isEqualTo(MissionStatus.PLANNED);
        var completed = all.stream().filter(m -> m.status() == MissionStatus.COMPLETED).findFirst().orElseThrow();
        var interviews = as("board@custodes.example", () -> missions.mission(completed.id())).interviews();
        assertThat(interviews).hasSize(4).allSatisfy(i -> assertThat(i.intervieweeName() == null || i.consent()).isTrue());
    }

    @Test
    void interviewNotesAndNamesAndSecurityNotesAreSealedAtRestAndOnlyTheSecretariatAndBoardReadThem() {
        var aegis = organisations.findByLegalName("Aegis Shield Security Ltd").orElseThrow().id();
        var partner = organisations.findByLegalName("Human Rights Watchpost Kenya").orElseThrow().id();
        var officer = jdbc.sql("select id from identity.account where email = 'officer@custodes.example'")
                .query(UUID.class).single();
        var today = LocalDate.now(clock);
        var id = as("officer@custodes.example", () -> missions.plan(new PlanMission(MissionTrigger.MEMBER_REQUEST,
                "Government of the Swiss Confederation", "KE", Set.of(aegis), "Lokichar camp",
                "The client; the Nakukulas community", Set.of(officer), Set.of(partner), today, today.plusDays(3),
                "FBR-2027-02", "Convoy leaves Lodwar at dawn")));
        as("officer@custodes.example", () -> missions.start(id));
        as("officer@custodes.example", () -> missions.recordInterview(id, new RecordInterview(aegis,
                IntervieweeRole.COMMUNITY_MEMBER, true, "Akai Lomuria", "Beaten after the crowd dispersed",
                Set.of(32))));

        var read = as("board@custodes.example", () -> missions.mission(id));
        assertThat(read.status()).isEqualTo(MissionStatus.IN_PROGRESS);
        assertThat(read.securityNotes()).isEqualTo("Convoy leaves Lodwar at dawn");
        assertThat(read.interviews()).singleElement().satisfies(interview -> {
            assertThat(interview.intervieweeName()).isEqualTo("Akai Lomuria");
            assertThat(interview.notes()).isEqualTo("Beaten after the crowd dispersed");
            assertThat(interview.codeParagraphs()).containsExactly(32);
        });
        var stored = jdbc.sql("""
                select i.notes, i.interviewee_name, m.security_notes from monitoring.interview i
                join monitoring.mission m on m.id = i.mission_id where m.id = :id""").param("id", id.value())
                .query((row, n) -> new String(row.getBytes(1), StandardCharsets.ISO_8859_1)
                        + new String(row.getBytes(2), StandardCharsets.ISO_8859_1)
                        + new String(row.getBytes(3), StandardCharsets.ISO_8859_1)).single();
        assertThat(stored).doesNotContain("Beaten").doesNotContain("Akai").doesNotContain("Convoy");
        assertThat(jdbc.sql("select count(*) from audit.audit_event where subject = :s").param("s", "mission:" + id)
                .query(Long.class).single()).isEqualTo(3);

        assertThatThrownBy(() -> as("company@custodes.example", () -> missions.mission(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("cso@custodes.example", missions::missions))
                .isInstanceOf(AccessDeniedException.class);
    }
}
