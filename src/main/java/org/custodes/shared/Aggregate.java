package org.custodes.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * What every versioned aggregate carries for its repository: the version its row had when it was read (the optimistic
 * lock of the next write) and the events its decisions registered, which the repository publishes when it saves.
 */
public abstract class Aggregate {

    private long version;
    private final List<Object> events = new ArrayList<>();

    protected Aggregate(long version) {
        this.version = version;
    }

    /** An event of a decision just taken, published once the aggregate is saved. */
    protected final void register(Object event) {
        events.add(event);
    }

    public final long version() {
        return version;
    }

    /** Called by the repository once written: the next write expects the next version, and the events are out. */
    public final void saved() {
        version++;
        events.clear();
    }

    /**
     * Called by the repository when it wrote only rows that hang off the aggregate (an interview of a mission), not
     * the aggregate's own row: the events are out, the version stays.
     */
    public final void eventsPublished() {
        events.clear();
    }

    public final List<Object> pendingEvents() {
        return List.copyOf(events);
    }
}
