package org.custodes.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.custodes.identity.CreateAccount;
import org.custodes.identity.IdentityService;
import org.custodes.identity.Role;
import org.custodes.organisation.OrganisationService;
import org.custodes.shared.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Loads the demo once (it checks for the oversight body first) and prints the demo sign-ins on every start.
 */
@Component
@ConditionalOnProperty(name = "custodes.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "Demo-Custodes-2026";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    record DemoUser(String email, String name, String organisation, Role role, Language language) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("admin@custodes.example", "Amina Diallo", DemoOrganisations.OVERSIGHT_BODY, Role.SECRETARIAT_ADMIN, Language.EN),
            new DemoUser("officer@custodes.example", "Lucas Moreau", DemoOrganisations.OVERSIGHT_BODY, Role.SECRETARIAT_OFFICER, Language.FR),
            new DemoUser("board@custodes.example", "Sofia Ramírez", "Colectivo por los Derechos Humanos", Role.BOARD_MEMBER, Language.ES),
            new DemoUser("company@custodes.example", "James Okafor", "Aegis Shield Security Ltd", Role.COMPANY_REPRESENTATIVE, Language.EN),
            new DemoUser("company2@custodes.example", "Fatima Al-Sayed", "Al-Noor Security Services LLC", Role.COMPANY_REPRESENTATIVE, Language.AR),
            new DemoUser("cso@custodes.example", "Grace Wanjiru", "Human Rights Watchpost Kenya", Role.CSO_REPRESENTATIVE, Language.EN),
            new DemoUser("state@custodes.example", "Urs Keller", "Government of the Swiss Confederation", Role.STATE_REPRESENTATIVE, Language.FR),
            new DemoUser("auditor@custodes.example", "Ingrid Halvorsen", "Nordic Assurance Register", Role.CERTIFICATION_BODY_AUDITOR, Language.EN),
            new DemoUser("client@custodes.example", "Priya Natarajan", "Global Extractives plc", Role.CLIENT, Language.EN),
            new DemoUser("observer@custodes.example", "Marc Dubois", "Geneva Institute for Security Studies", Role.OBSERVER, Language.FR));

    private final OrganisationService organisations;
    private final IdentityService identity;
    private final String baseUrl;

    DemoData(OrganisationService organisations, IdentityService identity, @Value("${custodes.base-url}") String baseUrl) {
        this.organisations = organisations;
        this.identity = identity;
        this.baseUrl = baseUrl;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (organisations.findByLegalName(DemoOrganisations.OVERSIGHT_BODY).isEmpty()) {
            asSystem(this::load);
        }
        printSignIns();
    }

    private void load() {
        DemoOrganisations.all().forEach(organisations::register);
        for (var user : USERS) {
            var organisation = organisations.findByLegalName(user.organisation()).orElseThrow();
            identity.createAccount(new CreateAccount(organisation.id(), user.email(), user.name(), user.language(),
                    PASSWORD, Set.of(user.role())));
        }
        log.info("Demo data loaded: {} organisations, {} users", DemoOrganisations.all().size(), USERS.size());
    }

    private void printSignIns() {
        var lines = new ArrayList<String>();
        lines.add("");
        lines.add("Custodes is ready at " + baseUrl + " — demo sign-ins (password for all: " + PASSWORD + "):");
        for (var user : USERS) {
            lines.add(String.format("  %-28s %s", user.email(), user.role()));
        }
        lines.add("Secretariat and board accounts set up an authenticator app (TOTP) at their first sign-in.");
        log.info(String.join(System.lineSeparator(), lines));
    }

    /** The demo loader acts as the system, with every permission, and leaves no trace in the security context. */
    private static void asSystem(Runnable work) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system", null,
                AuthorityUtils.createAuthorityList("organisation:manage", "identity:manage-roles")));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
