package org.custodes.helpdesk;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.custodes.shared.Actor;
import org.custodes.shared.WorkWaiting;
import org.springframework.stereotype.Component;

/**
 * The helpdesk's work for the workspace: for the secretariat the requests waiting for it, with how many are past
 * their first answer's due; for a requester their organisation's requests answered, and those waiting for them.
 */
@Component
class HelpdeskWorkWaiting implements WorkWaiting {

    private final HelpdeskService helpdesk;

    HelpdeskWorkWaiting(HelpdeskService helpdesk) {
        this.helpdesk = helpdesk;
    }

    @Override
    public List<Item> waitingFor(Actor actor, LocalDate today) {
        var items = new ArrayList<Item>();
        var work = helpdesk.work(actor);
        if (work.open() > 0) {
            items.add(new Item(330, "helpdesk.work.queue", work.open(), work.overdue(),
                    work.nextDue() == null ? null : LocalDate.ofInstant(work.nextDue(), ZoneOffset.UTC),
                    "/helpdesk/queue"));
        }
        WorkWaiting.counted(331, "helpdesk.work.waiting-for-you", work.waitingForRequester(), "/helpdesk/requests")
                .ifPresent(items::add);
        WorkWaiting.counted(332, "helpdesk.work.answered", work.answered(), "/helpdesk/requests")
                .ifPresent(items::add);
        return items;
    }
}
