package org.custodes.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookTargetsTests {

    static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A stub resolver: no real DNS in unit tests. */
    static WebhookTargets targets(boolean allowPrivate, Map<String, InetAddress[]> names) {
        return new WebhookTargets(new WebhookSettings(allowPrivate), host -> {
            var found = names.get(host);
            if (found != null) {
                return found;
            }
            if (host.matches("[0-9.]+") || host.contains(":")) {
                return new InetAddress[] { ip(host) };
            }
            throw new UnknownHostException(host);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = { "127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1",
            "0.0.0.0", "224.0.0.1", "::1", "fe80::1", "fc00::1", "fd12:3456::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1",
            "64:ff9b::a00:1", "::" })
    void privateLoopbackAndLinkLocalAddressesAreRefused(String address) {
        assertThat(WebhookTargets.isPublic(ip(address))).as(address).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = { "93.184.215.14", "8.8.8.8", "2606:4700:4700::1111", "::ffff:8.8.8.8" })
    void publicAddressesAreAccepted(String address) {
        assertThat(WebhookTargets.isPublic(ip(address))).as(address).isTrue();
    }

    @Test
    void aNameIsRefusedWhenAnyOfItsAddressesIsPrivate() {
        var targets = targets(false, Map.of("mixed.example", new InetAddress[] { ip("93.184.215.14"), ip("10.0.0.5") },
                "metadata.example", new InetAddress[] { ip("169.254.169.254") }));
        assertThatThrownBy(() -> targets.check("https://mixed.example/hook")).hasMessageContaining("private");
        assertThatThrownBy(() -> targets.check("http://metadata.example/latest")).hasMessageContaining("private");
        assertThatThrownBy(() -> targets.check("http://[::1]:8080/")).hasMessageContaining("private");
    }

    @Test
    void theCheckedTargetCarriesTheAddressToConnectToSoTheNameIsNotResolvedAgain() {
        var targets = targets(false, Map.of("hooks.example", new InetAddress[] { ip("93.184.215.14") }));
        var checked = targets.check("https://hooks.example/custodes?x=1");
        assertThat(checked.address()).isEqualTo(ip("93.184.215.14"));
        assertThat(checked.host()).isEqualTo("hooks.example");
        assertThat(checked.port()).isEqualTo(443);
        assertThat(checked.https()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "file:///etc/passwd", "gopher://hooks.example/", "ftp://hooks.example/", "javascript:alert(1)",
            "https://user:pass@hooks.example/", "hooks.example/no-scheme", "https:///no-host", "http://exa mple.org/" })
    void onlyHttpAndHttpsUrlsWithAHostAndNoCredentialsAreAccepted(String url) {
        var targets = targets(false, Map.of("hooks.example", new InetAddress[] { ip("93.184.215.14") }));
        assertThatThrownBy(() -> targets.check(url)).isInstanceOf(WebhookTargets.Refused.class);
    }

    @Test
    void unknownHostsAreRefused() {
        assertThatThrownBy(() -> targets(false, Map.of()).check("https://nowhere.invalid/"))
                .hasMessageContaining("unresolvable");
    }

    @Test
    void privateTargetsAreAcceptedOnlyWhenTheSettingAllowsThem() {
        assertThat(targets(true, Map.of()).check("http://127.0.0.1:9000/hook").address()).isEqualTo(ip("127.0.0.1"));
    }
}
