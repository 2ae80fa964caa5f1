package org.custodes.membership;

import org.custodes.shared.Actor;
import org.custodes.shared.NotFound;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.UserId;
import org.jspecify.annotations.Nullable;

/** Ownership checks inside the facade: another organisation's object is "not found", never "forbidden". */
public final class MembershipAccess {

    private MembershipAccess() {
    }

    public static @Nullable UserId actor() {
        return Actor.current().map(Actor::userId).orElse(null);
    }

    public static boolean can(String permission) {
        return Actor.holds(permission);
    }

    public static boolean isOwn(OrganisationId organisation) {
        return Actor.current().map(actor -> actor.organisationId().equals(organisation)).orElse(false);
    }

    /** Holders of the permission see every organisation's object; others only their own. */
    public static void requireOwnOr(String permission, OrganisationId organisation, String kind, Object id) {
        if (!can(permission) && !isOwn(organisation)) {
            throw new NotFound(kind, id);
        }
    }

    public static void requireOwn(OrganisationId organisation, String kind, Object id) {
        if (!isOwn(organisation)) {
            throw new NotFound(kind, id);
        }
    }

    static OrganisationId ownOrganisation() {
        return Actor.current().map(Actor::organisationId).orElseThrow(() -> new NotFound("organisation", "current"));
    }
}
