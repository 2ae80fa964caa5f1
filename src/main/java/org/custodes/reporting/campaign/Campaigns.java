package org.custodes.reporting.campaign;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.custodes.framework.LibraryVersionId;
import org.custodes.reporting.CampaignId;
import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Campaigns and the reminders already sent for them. */
@Repository
public class Campaigns {

    public record Row(CampaignId id, int year, String title, LibraryVersionId library, LocalDate opensOn, LocalDate deadline,
            int graceDays, int participants, int submitted) {

        public CampaignCalendar calendar() {
            return new CampaignCalendar(opensOn, deadline, graceDays);
        }

        public CampaignSummary summary(LocalDate today) {
            return new CampaignSummary(id, year, title, opensOn, deadline, graceDays, library, participants, submitted,
                    calendar().phase(today));
        }
    }

    private static final String SELECT = """
            select c.*,
                   (select count(*) from reporting.report r where r.campaign_id = c.id) as participants,
                   (select count(*) from reporting.report r where r.campaign_id = c.id and r.status <> 'DRAFT') as submitted
            from reporting.campaign c""";

    private final JdbcClient jdbc;

    Campaigns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID id, OpenCampaign command, LibraryVersionId library, Instant now, @Nullable UUID by) {
        jdbc.sql("""
                insert into reporting.campaign (id, year, title, library_id, opens_on, deadline, grace_days, created_at, created_by)
                values (:id, :year, :title, :library, :opensOn, :deadline, :grace, :now, :by)
                """)
                .param("id", id).param("year", command.year()).param("title", command.title().strip())
                .param("library", library.value()).param("opensOn", Date.valueOf(command.opensOn()))
                .param("deadline", Date.valueOf(command.deadline())).param("grace", command.graceDays())
                .param("now", Timestamp.from(now)).param("by", by, java.sql.Types.OTHER)
                .update();
    }

    public Optional<Row> find(CampaignId id) {
        return jdbc.sql(SELECT + " where c.id = :id").param("id", id.value()).query(Campaigns::row).optional();
    }

    public List<Row> all() {
        return jdbc.sql(SELECT + " order by c.opens_on desc, c.year desc").query(Campaigns::row).list();
    }

    /** Campaigns whose reminder period includes today. */
    List<Row> open(LocalDate today) {
        return jdbc.sql(SELECT + " where c.opens_on <= :today and c.deadline >= :today")
                .param("today", Date.valueOf(today)).query(Campaigns::row).list();
    }

    Set<Integer> remindersSent(CampaignId campaign, OrganisationId company) {
        return new HashSet<>(jdbc.sql("""
                select days_before from reporting.reminder_sent where campaign_id = :campaign and organisation_id = :company
                """).param("campaign", campaign.value()).param("company", company.value()).query(Integer.class).list());
    }

    /** Records a reminder; false when another node already sent it. */
    boolean recordReminder(CampaignId campaign, OrganisationId company, int daysBefore, LocalDate today) {
        return jdbc.sql("""
                insert into reporting.reminder_sent (campaign_id, organisation_id, days_before, sent_on)
                values (:campaign, :company, :days, :today) on conflict do nothing
                """).param("campaign", campaign.value()).param("company", company.value()).param("days", daysBefore)
                .param("today", Date.valueOf(today)).update() == 1;
    }

    private static Row row(ResultSet row, int n) throws SQLException {
        return new Row(new CampaignId(row.getObject("id", UUID.class)), row.getInt("year"), row.getString("title"),
                new LibraryVersionId(row.getObject("library_id", UUID.class)), row.getObject("opens_on", LocalDate.class),
                row.getObject("deadline", LocalDate.class), row.getInt("grace_days"), row.getInt("participants"),
                row.getInt("submitted"));
    }
}
