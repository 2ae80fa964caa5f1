package org.custodes.certification;

import java.util.Optional;

import org.custodes.shared.Actor;
import org.custodes.shared.NotFound;
import org.custodes.shared.OrganisationId;

/**
 * Who may see which certificates and applications: the secretariat (and the board, read-only) sees all; a
 * certification body's auditor sees its own body's certificates; a company sees its own applications. Others get 404.
 */
public final class CertificationAccess {

    public static final String MANAGE = "certification:manage";
    static final String READ = "certification:read";
    static final String ENTER = "certification:enter-certificates";
    static final String APPLY = "certification:apply";

    private CertificationAccess() {
    }

    public static boolean has(String permission) {
        return Actor.holds(permission);
    }

    public static boolean secretariat() {
        return has(MANAGE) || has(READ);
    }

    /** The body whose certificates the caller is limited to; empty when the caller sees every body's. */
    public static Optional<OrganisationId> bodyScope() {
        if (secretariat()) {
            return Optional.empty();
        }
        return Optional.of(ownOrganisation());
    }

    public static OrganisationId ownOrganisation() {
        return Actor.current().map(Actor::organisationId)
                .orElseThrow(() -> new NotFound("organisation", "of the current user"));
    }

    static void requireBody(OrganisationId body, Object id) {
        bodyScope().filter(own -> !own.equals(body)).ifPresent(own -> {
            throw new NotFound("certificate", id);
        });
    }
}
