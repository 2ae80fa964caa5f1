package org.custodes.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

/**
 * security.md case 22, the redirect: a webhook receiver that answers with a redirect to an internal address gets a
 * failed attempt, and the address it points to is never asked (the transport follows no redirect).
 */
class WebhookTransportTests {

    @Test
    void aRedirectIsAFailedAttemptAndIsNotFollowed() throws Exception {
        var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        var internalHits = new AtomicInteger();
        server.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            // Points back at this server, so a transport that followed it would be seen doing so.
            exchange.getResponseHeaders().add("Location",
                    "http://127.0.0.1:" + exchange.getLocalAddress().getPort() + "/latest/meta-data/");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.createContext("/latest", exchange -> {
            internalHits.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        try {
            var port = server.getAddress().getPort();
            var target = new WebhookTargets.CheckedTarget(URI.create("http://127.0.0.1:" + port + "/hook"), "127.0.0.1",
                    port, false, InetAddress.getLoopbackAddress());
            var status = new WebhookTransport().post(target, Map.of("Content-Type", "application/json"),
                    "{}".getBytes(StandardCharsets.UTF_8));
            assertThat(status).isEqualTo(302);
            assertThat(internalHits).hasValue(0);
        } finally {
            server.stop(0);
        }
    }
}
