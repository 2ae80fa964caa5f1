package org.custodes.identity;

import java.util.Set;
import java.util.UUID;

import org.custodes.organisation.OrganisationService;
import org.custodes.shared.Language;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.UserId;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Creates accounts with fresh e-mail addresses for tests, through the facade, as an administrator would. Public so
 * that other modules' browser journeys sign in as real users.
 */
public final class TestAccounts {

    public static final String PASSWORD = "Correct-Horse-Battery-2026";
    static final String ORGANISATION = "Custodes Oversight Association";

    public record TestAccount(UserId id, String email) {
    }

    private TestAccounts() {
    }

    /** An account of the role in the secretariat's own organisation. */
    public static TestAccount create(IdentityService identity, OrganisationService organisations, Role role, Language language) {
        return create(identity, organisations.findByLegalName(ORGANISATION).orElseThrow().id(), role, language);
    }

    /** An account of the role in the given organisation, with the password {@link #PASSWORD}. */
    public static TestAccount create(IdentityService identity, OrganisationId organisation, Role role, Language language) {
        var email = role.name().toLowerCase().replace('_', '-') + "-" + UUID.randomUUID() + "@test.custodes.example";
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("test-admin", null,
                AuthorityUtils.createAuthorityList("identity:manage-roles")));
        SecurityContextHolder.setContext(context);
        try {
            var id = identity.createAccount(new CreateAccount(organisation, email, "Test " + role, language,
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
