package org.custodes.identity.singlesignon;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.custodes.identity.Role;

/**
 * The settings of single sign-on ({@code custodes.sso.*}, or {@code CUSTODES_SSO_*} in the environment). Off while no
 * issuer is set. {@code roles} maps a role to the value of the role claim that grants it; the key may be a role
 * ({@code SECRETARIAT_ADMIN}) or {@code SECRETARIAT} for both secretariat roles and {@code BOARD} for Board members.
 *
 * @param issuer the provider's issuer URI; discovery reads {@code <issuer>/.well-known/openid-configuration}
 * @param name the provider's name on the sign-in button ("Sign in with …")
 * @param trustProviderSecondFactor whether an ID token whose {@code amr} names a second factor replaces our TOTP step
 * @param secondFactorMethods the {@code amr} values that count as a second factor (RFC 8176)
 */
@ConfigurationProperties("custodes.sso")
record SingleSignOnSettings(String issuer, String clientId, String clientSecret, String name, String roleClaim,
        Map<String, String> roles, boolean trustProviderSecondFactor, List<String> secondFactorMethods, List<String> scopes) {

    static final String REGISTRATION_ID = "sso";

    SingleSignOnSettings {
        issuer = issuer == null ? "" : issuer.strip();
        clientId = clientId == null ? "" : clientId;
        clientSecret = clientSecret == null ? "" : clientSecret;
        name = name == null || name.isBlank() ? "single sign-on" : name;
        roleClaim = roleClaim == null || roleClaim.isBlank() ? "groups" : roleClaim;
        roles = roles == null || roles.isEmpty()
                ? Map.of("SECRETARIAT", "custodes-secretariat", "BOARD", "custodes-board") : Map.copyOf(roles);
        secondFactorMethods = secondFactorMethods == null || secondFactorMethods.isEmpty()
                ? List.of("mfa", "otp", "hwk") : List.copyOf(secondFactorMethods);
        scopes = scopes == null || scopes.isEmpty() ? List.of("openid", "email", "profile") : List.copyOf(scopes);
    }

    boolean enabled() {
        return !issuer.isBlank();
    }

    /** Whether an ID token with these {@code amr} values passes our second factor: only when trusted, and named. */
    boolean providerSecondFactor(java.util.Collection<String> authenticationMethods) {
        return trustProviderSecondFactor && authenticationMethods.stream().anyMatch(secondFactorMethods::contains);
    }

    /** The role claim's value for each role that may sign in this way; a role without one never may. */
    Map<Role, String> roleGroups() {
        var groups = new EnumMap<Role, String>(Role.class);
        // The shorthands first, so that a role's own setting wins over them whatever the order of the keys.
        var keys = roles.keySet().stream().sorted(java.util.Comparator.comparing(SingleSignOnSettings::shorthand).reversed()).toList();
        for (var key : keys) {
            var group = roles.get(key);
            switch (normalised(key)) {
                case "SECRETARIAT" -> List.of(Role.SECRETARIAT_ADMIN, Role.SECRETARIAT_OFFICER).forEach(r -> groups.put(r, group));
                case "BOARD" -> groups.put(Role.BOARD_MEMBER, group);
                default -> groups.put(Role.valueOf(normalised(key)), group);
            }
        }
        groups.keySet().retainAll(SingleSignOnPolicy.STAFF);
        return groups;
    }

    private static String normalised(String key) {
        return key.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    }

    private static boolean shorthand(String key) {
        return List.of("SECRETARIAT", "BOARD").contains(normalised(key));
    }
}
