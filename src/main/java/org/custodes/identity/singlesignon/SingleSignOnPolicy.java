package org.custodes.identity.singlesignon;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.custodes.identity.ExternalIdentityLink;
import org.custodes.identity.Role;
import org.custodes.identity.SignedInUser;

/**
 * Who may sign in with the identity provider, and how. Only secretariat and Board accounts may, and only with an
 * identity an administrator linked to the account; the provider's role claim must grant every role the account
 * holds, so a person the provider moved out of the secretariat group can no longer come in as secretariat.
 */
final class SingleSignOnPolicy {

    /** The roles that may sign in by single sign-on; an account holding any other role may not. */
    static final Set<Role> STAFF = EnumSet.of(Role.SECRETARIAT_ADMIN, Role.SECRETARIAT_OFFICER, Role.BOARD_MEMBER);

    /** Why a sign-in with the provider was refused; each has its own message on the refusal page. */
    enum Refusal {
        UNVERIFIED_EMAIL, UNKNOWN_ACCOUNT, NOT_STAFF, ROLE_MISMATCH, ACCOUNT_DISABLED, LINK_REFUSED, PROVIDER_ERROR;

        String slug() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** What the sign-in leads to: refused, a link waiting for approval, or the account. */
    sealed interface Decision {
    }

    record Refused(Refusal reason) implements Decision {
    }

    /** The identity is not linked yet, or its link awaits approval; {@code request} says whether to record one. */
    record AwaitingApproval(SignedInUser account, boolean request) implements Decision {
    }

    record Accepted(SignedInUser account) implements Decision {
    }

    private final Map<Role, String> roleGroups;

    SingleSignOnPolicy(Map<Role, String> roleGroups) {
        this.roleGroups = Map.copyOf(roleGroups);
    }

    /**
     * Decides on one sign-in.
     *
     * @param link the link of this issuer and subject, if one was ever requested
     * @param linkedAccount the account of that link
     * @param byEmail the account registered with the provider's e-mail address, for a first sign-in
     * @param emailVerified whether the provider says it verified the address
     * @param groups the values of the role claim
     */
    Decision decide(Optional<ExternalIdentityLink.Status> link, Optional<SignedInUser> linkedAccount,
            Optional<SignedInUser> byEmail, boolean emailVerified, Collection<String> groups) {
        if (link.isPresent()) {
            return switch (link.get()) {
                case REFUSED -> new Refused(Refusal.LINK_REFUSED);
                case PENDING -> linkedAccount.<Decision>map(a -> new AwaitingApproval(a, false))
                        .orElse(new Refused(Refusal.UNKNOWN_ACCOUNT));
                case APPROVED -> linkedAccount.map(a -> check(a, groups).<Decision>map(Refused::new).orElse(new Accepted(a)))
                        .orElse(new Refused(Refusal.UNKNOWN_ACCOUNT));
            };
        }
        if (!emailVerified) {
            return new Refused(Refusal.UNVERIFIED_EMAIL);
        }
        if (byEmail.isEmpty()) {
            return new Refused(Refusal.UNKNOWN_ACCOUNT);
        }
        var account = byEmail.get();
        return check(account, groups).<Decision>map(Refused::new).orElse(new AwaitingApproval(account, true));
    }

    private Optional<Refusal> check(SignedInUser account, Collection<String> groups) {
        if (account.roles().isEmpty() || !STAFF.containsAll(account.roles())) {
            return Optional.of(Refusal.NOT_STAFF);
        }
        if (!account.isEnabled()) {
            return Optional.of(Refusal.ACCOUNT_DISABLED);
        }
        var granted = account.roles().stream().allMatch(role -> roleGroups.containsKey(role) && groups.contains(roleGroups.get(role)));
        return granted ? Optional.empty() : Optional.of(Refusal.ROLE_MISMATCH);
    }
}
