package org.custodes.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.custodes.shared.Actor;
import org.custodes.shared.WorkWaiting;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Monitoring's work for the workspace: new observations for the secretariat to triage, and for a company the
 * findings that wait for its answer.
 */
@Component
class MonitoringWorkWaiting implements WorkWaiting {

    private final JdbcClient jdbc;

    MonitoringWorkWaiting(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Item> waitingFor(Actor actor, LocalDate today) {
        var items = new ArrayList<Item>();
        if (actor.can("monitoring:handle")) {
            WorkWaiting.counted(284, "monitoring.work.triage",
                    jdbc.sql("select count(*) from monitoring.observation where status = 'NEW'")
                    .query(Long.class).single(),
                    "/monitoring/observations").ifPresent(items::add);
        }
        if (actor.can("monitoring:respond")) {
            WorkWaiting.counted(286, "monitoring.work.findings", jdbc.sql("""
                    select count(*) from monitoring.finding where company_id = :company and response = 'AWAITING'
                    """).param("company", actor.organisationId().value()).query(Long.class).single(),
                    "/monitoring/concerns").ifPresent(items::add);
        }
        if (actor.can("monitoring:observe") && !actor.can("monitoring:read")) {
            WorkWaiting.counted(290, "monitoring.work.missions", jdbc.sql("""
                    select count(*) from monitoring.mission
                    where :organisation = any(partners) and status in ('PLANNED', 'IN_PROGRESS')
                    """).param("organisation", actor.organisationId().value()).query(Long.class).single(),
                    "/monitoring/missions").ifPresent(items::add);
        }
        return items;
    }
}
