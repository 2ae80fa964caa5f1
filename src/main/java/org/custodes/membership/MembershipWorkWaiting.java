package org.custodes.membership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.custodes.shared.Actor;
import org.custodes.shared.WorkWaiting;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Membership's work for the workspace: applications submitted for the secretariat to check, and a member's unpaid
 * invoices with their due dates.
 */
@Component
class MembershipWorkWaiting implements WorkWaiting {

    private final JdbcClient jdbc;

    MembershipWorkWaiting(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Item> waitingFor(Actor actor, LocalDate today) {
        var items = new ArrayList<Item>();
        if (actor.can("membership:review")) {
            WorkWaiting.counted(40, "membership.work.applications",
                    jdbc.sql("select count(*) from membership.application where status = 'SUBMITTED'")
                    .query(Long.class).single(),
                    "/membership/applications").ifPresent(items::add);
        }
        if (actor.can("membership:apply")) {
            jdbc.sql("""
                    select count(*), count(*) filter (where due_on < :today), min(due_on) from membership.invoice
                    where organisation_id = :organisation and paid_on is null
                    """).param("today", today).param("organisation", actor.organisationId().value())
                    .query((row, n) -> new Item(30, "membership.work.invoices", row.getLong(1), row.getLong(2),
                            row.getObject(3, LocalDate.class), "/membership/mine"))
                    .optional().filter(item -> item.count() > 0).ifPresent(items::add);
        }
        return items;
    }
}
