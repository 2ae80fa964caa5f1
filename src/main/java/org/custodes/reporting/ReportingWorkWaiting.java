package org.custodes.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.custodes.shared.Actor;
import org.custodes.shared.WorkWaiting;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reporting's work for the workspace: submitted self-assessments for the reviewers, and for a company its report
 * still to submit (or to clarify) with the campaign's deadline.
 */
@Component
class ReportingWorkWaiting implements WorkWaiting {

    private final JdbcClient jdbc;

    ReportingWorkWaiting(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Item> waitingFor(Actor actor, LocalDate today) {
        var items = new ArrayList<Item>();
        if (actor.can("reporting:review")) {
            WorkWaiting.counted(150, "reporting.work.review",
                    jdbc.sql("select count(*) from reporting.report where status = 'SUBMITTED'")
                    .query(Long.class).single(),
                    "/reporting/campaigns").ifPresent(items::add);
        }
        if (actor.can("reporting:fill")) {
            jdbc.sql("""
                    select count(*), count(*) filter (where c.deadline < :today), min(c.deadline)
                    from reporting.report r join reporting.campaign c on c.id = r.campaign_id
                    where r.organisation_id = :organisation and r.status in ('DRAFT', 'CLARIFICATION_REQUESTED')
                      and c.opens_on <= :today
                    """).param("today", today).param("organisation", actor.organisationId().value())
                    .query((row, n) -> new Item(140, "reporting.work.fill", row.getLong(1), row.getLong(2),
                            row.getObject(3, LocalDate.class), "/reporting"))
                    .optional().filter(item -> item.count() > 0).ifPresent(items::add);
        }
        return items;
    }
}
