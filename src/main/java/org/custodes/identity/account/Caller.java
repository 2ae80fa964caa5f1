package org.custodes.identity.account;

import org.custodes.shared.Actor;
import org.custodes.shared.UserId;
import org.jspecify.annotations.Nullable;

/** Who is calling the facade, for the decisions and audit facts that depend on it. */
public final class Caller {

    private Caller() {
    }

    /** The signed-in person, or null when the system acts (demo loader, jobs). */
    public static @Nullable UserId id() {
        return Actor.current().map(Actor::userId).orElse(null);
    }

    public static boolean holds(String permission) {
        return Actor.holds(permission);
    }

    static boolean is(UserId account) {
        return account.equals(id());
    }
}
