package org.custodes.directory;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

import org.custodes.shared.BusinessRuleViolation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Decides where a webhook may be delivered (no SSRF): http or https only, no credentials in the URL, and every
 * address the host resolves to must be public unless {@link WebhookSettings} allows private targets. The caller
 * connects to the address checked here, never resolving the name again, so a DNS answer that changes between the
 * check and the connection (rebinding) cannot redirect the request.
 */
@Component
class WebhookTargets {

    /** Name resolution, replaceable in tests. */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** A target that passed the checks, and the address to connect to. */
    record CheckedTarget(URI uri, String host, int port, boolean https, InetAddress address) {
    }

    static class Refused extends BusinessRuleViolation {
        Refused(String reason) {
            super("directory.webhook.refused." + reason);
        }
    }

    private final WebhookSettings settings;
    private final Resolver resolver;

    @Autowired
    WebhookTargets(WebhookSettings settings) {
        this(settings, InetAddress::getAllByName);
    }

    WebhookTargets(WebhookSettings settings, Resolver resolver) {
        this.settings = settings;
        this.resolver = resolver;
    }

    /** Checks the URL's form only (no name resolution), for the registration form. */
    static URI parse(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new Refused("malformed");
        }
        var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new Refused("scheme");
        }
        if (uri.getHost() == null || uri.getHost().isBlank() || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw new Refused("malformed");
        }
        return uri;
    }

    CheckedTarget check(String url) {
        var uri = parse(url);
        var host = uri.getHost();
        var literal = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(literal);
        } catch (UnknownHostException e) {
            throw new Refused("unresolvable");
        }
        if (addresses.length == 0) {
            throw new Refused("unresolvable");
        }
        if (!settings.allowPrivateTargets()) {
            for (var address : addresses) {
                if (!isPublic(address)) {
                    throw new Refused("private");
                }
            }
        }
        var https = uri.getScheme().equalsIgnoreCase("https");
        var port = uri.getPort() > 0 ? uri.getPort() : https ? 443 : 80;
        return new CheckedTarget(uri, literal, port, https, addresses[0]);
    }

    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        var bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            return isPublicIpv4(bytes);
        }
        if (address instanceof Inet6Address) {
            var first = bytes[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {
                return false; // fc00::/7 unique local
            }
            if ((first == 0xfe) && ((bytes[1] & 0xc0) == 0xc0)) {
                return false; // fec0::/10 old site-local
            }
            if (isEmbeddingIpv4(bytes)) {
                return isPublicIpv4(java.util.Arrays.copyOfRange(bytes, 12, 16));
            }
            return !(first == 0x20 && (bytes[1] & 0xff) == 0x01 && (bytes[2] & 0xff) == 0x0d && (bytes[3] & 0xff) == 0xb8);
        }
        return false;
    }

    /** IPv4-compatible (::a.b.c.d), IPv4-mapped (::ffff:a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) addresses. */
    private static boolean isEmbeddingIpv4(byte[] b) {
        var zeroPrefix = true;
        for (int i = 0; i < 10; i++) {
            zeroPrefix &= b[i] == 0;
        }
        var mapped = zeroPrefix && ((b[10] == 0 && b[11] == 0) || ((b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff));
        var nat64 = (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
        return mapped || nat64;
    }

    private static boolean isPublicIpv4(byte[] b) {
        int a = b[0] & 0xff, second = b[1] & 0xff, third = b[2] & 0xff;
        return !(a == 0 || a == 10 || a == 127 || a >= 224
                || (a == 100 && second >= 64 && second <= 127)      // carrier-grade NAT
                || (a == 169 && second == 254)                      // link-local, cloud metadata
                || (a == 172 && second >= 16 && second <= 31)
                || (a == 192 && second == 168)
                || (a == 192 && second == 0 && (third == 0 || third == 2))
                || (a == 198 && (second == 18 || second == 19))     // benchmarking
                || (a == 198 && second == 51 && third == 100)
                || (a == 203 && second == 0 && third == 113));
    }
}
