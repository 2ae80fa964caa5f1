package org.custodes.identity;

import java.util.Set;
import java.util.UUID;

import org.custodes.organisation.OrganisationService;
import org.custodes.shared.Language;
import org.custodes.shared.UserId;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** Creates accounts with fresh e-mail addresses for tests, through the facade, as an administrator would. */
final class TestAccounts {

    static final String PASSWORD = "Correct-Horse-Battery-2026";
    static final String ORGANISATION = "Custodes Oversight Association";

    record TestAccount(UserId id, String email) {
    }

    private TestAccounts() {
    }

    static TestAccount create(IdentityService identity, OrganisationService organisations, Role role, Language language) {
        var email = role.name().toLowerCase().replace('_', '-') + "-" + UUID.randomUUID() + "@test.custodes.example";
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("test-admin", null,
                AuthorityUtils.createAuthorityList("identity:manage-roles")));
        SecurityContextHolder.setContext(context);
        try {
            var organisation = organisations.findByLegalName(ORGANISATION).orElseThrow();
            var id = identity.createAccount(new CreateAccount(organisation.id(), email, "Test " + role, language,
                    PASSWORD, Set.of(role)));
            return new TestAccount(id, email);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** A client address of its own per test, so the per-client throttle of one test never touches another. */
    static String freshClientAddress() {
        var random = UUID.randomUUID().getLeastSignificantBits();
        return "10." + (random & 0x7f) + "." + ((random >> 8) & 0xff) + "." + ((random >> 16) & 0xff);
    }
}
