package org.custodes.shared;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What waits for a person's action in one module: the workspace asks every module and lists the answers, overdue
 * work first, so that each role opens the product on its work rather than on a list of links. Each module answers
 * from its own tables and decides itself, from the actor's permissions and organisation, what is theirs to do.
 */
public interface WorkWaiting {

    List<Item> waitingFor(Actor actor, LocalDate today);

    /** Work counted without deadlines; none when nothing waits, so that the workspace lists only real work. */
    static Optional<Item> counted(int order, String messageKey, long count, String path) {
        return count > 0 ? Optional.of(new Item(order, messageKey, count, 0, null, path)) : Optional.empty();
    }

    /**
     * Work of one kind: how many, where to do it, and the earliest deadline among them (null when none has one);
     * {@code overdue} counts those whose deadline has passed. {@code order} places kinds of equal urgency.
     */
    record Item(int order, String messageKey, long count, long overdue, @Nullable LocalDate nextDeadline,
            String path) {

        public Item {
            if (count < 0 || overdue < 0 || overdue > count) {
                throw new IllegalArgumentException("counts out of range");
            }
        }
    }
}
