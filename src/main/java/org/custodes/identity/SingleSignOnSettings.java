package org.custodes.identity;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

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

    /** The role claim's value for each role that may sign in this way; a role without one never may. */
    Map<Role, String> roleGroups() {
        var groups = new EnumMap<Role, String>(Role.class);
        roles.forEach((key, group) -> {
            var name = key.strip().toUpperCase(Locale.ROOT).replace('-', '_');
            switch (name) {
                case "SECRETARIAT" -> {
                    groups.putIfAbsent(Role.SECRETARIAT_ADMIN, group);
                    groups.putIfAbsent(Role.SECRETARIAT_OFFICER, group);
                }
                case "BOARD" -> groups.putIfAbsent(Role.BOARD_MEMBER, group);
                default -> { }
            }
        });
        // A specific role's own setting wins over the SECRETARIAT shorthand, whatever the order of the keys.
        roles.forEach((key, group) -> {
            var name = key.strip().toUpperCase(Locale.ROOT).replace('-', '_');
            if (!name.equals("SECRETARIAT") && !name.equals("BOARD")) {
                groups.put(Role.valueOf(name), group);
            }
        });
        groups.keySet().retainAll(SingleSignOnPolicy.STAFF);
        return groups;
    }
}
