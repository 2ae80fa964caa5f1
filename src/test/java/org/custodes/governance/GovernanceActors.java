package org.custodes.governance;

import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.custodes.governance.seat.SeatSummary;
import org.custodes.shared.Actor;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.UserId;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** Signed-in people for the governance tests: the secretariat, a director (by their account), anyone. */
record GovernanceActors(UserId userId, OrganisationId organisationId, Set<String> permissions) implements Actor {

    static GovernanceActors secretariat() {
        return new GovernanceActors(new UserId(UUID.randomUUID()), new OrganisationId(UUID.randomUUID()),
                Set.of("governance:read", "governance:administer", "membership:read", "membership:review"));
    }

    static GovernanceActors director(SeatSummary seat) {
        return new GovernanceActors(seat.holder(), seat.organisation(), Set.of("governance:read", "governance:vote",
                "membership:read", "membership:decide"));
    }

    @Override
    public boolean can(String permission) {
        return permissions.contains(permission);
    }

    <T> T call(Supplier<T> work) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(this, null,
                AuthorityUtils.createAuthorityList(permissions.toArray(String[]::new))));
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
