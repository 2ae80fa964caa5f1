package org.custodes.monitoring.mission;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.custodes.monitoring.observation.ObservationSeal;
import org.custodes.shared.OrganisationId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Missions and their interviews. The security notes of a mission, and the name and notes of an interview, are sealed
 * as observations are: a data key per record, wrapped and bound to its id, each field bound to the record and name.
 */
@Repository("monitoringMissions") // field voice has a bean called "missions"
class Missions {

    private final JdbcClient jdbc;
    private final ObservationSeal seal;
    private final ApplicationEventPublisher events;

    Missions(JdbcClient jdbc, ObservationSeal seal, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.seal = seal;
        this.events = events;
    }

    Optional<Mission> find(MissionId id) {
        return jdbc.sql("select * from monitoring.mission where id = :id").param("id", id.value())
                .query((row, n) -> mission(row)).optional();
    }

    /** Missions planned or in the field first, by start date; then the others, the latest first. */
    List<Mission> all() {
        return jdbc.sql("""
                select * from monitoring.mission order by case when status in ('PLANNED', 'IN_PROGRESS') then 0 else 1 end,
                    case when status in ('PLANNED', 'IN_PROGRESS') then starts_on end, starts_on desc, reference
                """).query((row, n) -> mission(row)).list();
    }

    /** The next reference of the year: MM-2026-001, MM-2026-002, … */
    String nextReference(int year) {
        var prefix = "MM-" + year + "-";
        var taken = jdbc.sql("select count(*) from monitoring.mission where reference like :prefix")
                .param("prefix", prefix + "%").query(Long.class).single();
        return prefix + "%03d".formatted(taken + 1);
    }

    void insert(Mission m) {
        var key = seal.newKey(m.id);
        jdbc.sql("""
                insert into monitoring.mission (id, reference, trigger, requested_by, country, companies, sites, to_meet,
                    team, partners, starts_on, ends_on, budget_line, data_key, security_notes, status, version)
                values (:id, :reference, :trigger, :requestedBy, :country, :companies, :sites, :toMeet, :team,
                    :partners, :startsOn, :endsOn, :budgetLine, :key, :notes, :status, :version)
                """).param("version", m.version() + 1).param("id", m.id).param("reference", m.reference).param("trigger", m.trigger.name())
                .param("requestedBy", m.requestedBy).param("country", m.country)
                .param("companies", m.companies.stream().map(OrganisationId::value).toArray(UUID[]::new))
                .param("sites", m.sites).param("toMeet", m.toMeet).param("team", m.team.toArray(UUID[]::new))
                .param("partners", m.partners.stream().map(OrganisationId::value).toArray(UUID[]::new))
                .param("startsOn", Date.valueOf(m.startsOn)).param("endsOn", Date.valueOf(m.endsOn))
                .param("budgetLine", m.budgetLine).param("key", key.wrapped())
                .param("notes", key.seal("security-notes", m.securityNotes)).param("status", m.status().name())
                .update();
        publish(m);
    }

    void save(Mission m) {
        var rows = jdbc.sql("""
                update monitoring.mission set status = :status, cancel_reason = :reason, version = version + 1
                where id = :id and version = :version
                """).param("status", m.status().name()).param("reason", m.cancelReason()).param("id", m.id)
                .param("version", m.version()).update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("mission " + m.id + " was changed by someone else");
        }
        publish(m);
    }

    void insert(Interview interview, Mission m) {
        var key = seal.newKey(interview.id());
        jdbc.sql("""
                insert into monitoring.interview (id, mission_id, company_id, role, consent, data_key, interviewee_name,
                    notes, code_paragraphs, interviewed_on, recorded_by)
                values (:id, :mission, :company, :role, :consent, :key, :name, :notes, :paragraphs, :on, :by)
                """).param("id", interview.id()).param("mission", interview.mission().value())
                .param("company", interview.company() == null ? null : interview.company().value())
                .param("role", interview.role().name()).param("consent", interview.consent())
                .param("key", key.wrapped()).param("name", key.seal("interviewee-name", interview.intervieweeName()))
                .param("notes", key.seal("notes", interview.notes()))
                .param("paragraphs", interview.codeParagraphs().stream().sorted().toArray(Integer[]::new))
                .param("on", Date.valueOf(interview.interviewedOn())).param("by", interview.recordedBy()).update();
        m.pendingEvents().forEach(events::publishEvent);
        m.eventsPublished();
    }

    List<Interview> interviews(MissionId mission) {
        return jdbc.sql("select * from monitoring.interview where mission_id = :id order by interviewed_on, id")
                .param("id", mission.value()).query((row, n) -> {
                    var id = row.getObject("id", UUID.class);
                    var key = seal.key(id, row.getBytes("data_key"));
                    var company = row.getObject("company_id", UUID.class);
                    return new Interview(id, mission, company == null ? null : new OrganisationId(company),
                            IntervieweeRole.valueOf(row.getString("role")), row.getBoolean("consent"),
                            key.open("interviewee-name", row.getBytes("interviewee_name")),
                            java.util.Objects.requireNonNull(key.open("notes", row.getBytes("notes"))),
                            Arrays.stream((Integer[]) row.getArray("code_paragraphs").getArray())
                                    .collect(Collectors.toSet()),
                            row.getDate("interviewed_on").toLocalDate(), row.getObject("recorded_by", UUID.class));
                }).list();
    }

    private void publish(Mission m) {
        m.pendingEvents().forEach(events::publishEvent);
        m.saved();
    }

    private Mission mission(ResultSet row) throws SQLException {
        var id = row.getObject("id", UUID.class);
        var key = seal.key(id, row.getBytes("data_key"));
        return new Mission(id, row.getString("reference"), MissionTrigger.valueOf(row.getString("trigger")),
                row.getString("requested_by"), row.getString("country"), organisations(row.getArray("companies")),
                row.getString("sites"), row.getString("to_meet"), Set.of(uuids(row.getArray("team"))),
                organisations(row.getArray("partners")), row.getDate("starts_on").toLocalDate(),
                row.getDate("ends_on").toLocalDate(), row.getString("budget_line"),
                key.open("security-notes", row.getBytes("security_notes")),
                MissionStatus.valueOf(row.getString("status")), row.getString("cancel_reason"), row.getLong("version"));
    }

    private static UUID[] uuids(Array array) throws SQLException {
        return (UUID[]) array.getArray();
    }

    private static Set<OrganisationId> organisations(Array array) throws SQLException {
        return Arrays.stream(uuids(array)).map(OrganisationId::new).collect(Collectors.toSet());
    }
}
