package org.custodes.directory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

import org.springframework.stereotype.Component;

/**
 * Posts a webhook over a socket opened to the address {@link WebhookTargets} checked (never to a name resolved
 * again). HTTPS still verifies the certificate against the host name and sends it as SNI. Redirects are not
 * followed: anything but 2xx is a failed attempt.
 */
@Component
class WebhookTransport {

    private static final int CONNECT_TIMEOUT_MS = 5_000;
    private static final int READ_TIMEOUT_MS = 10_000;

    int post(WebhookTargets.CheckedTarget target, Map<String, String> headers, byte[] body) throws IOException {
        try (var socket = open(target)) {
            var path = target.uri().getRawPath() == null || target.uri().getRawPath().isEmpty() ? "/" : target.uri().getRawPath();
            if (target.uri().getRawQuery() != null) {
                path += "?" + target.uri().getRawQuery();
            }
            var defaultPort = target.https() ? 443 : 80;
            var hostHeader = (target.host().contains(":") ? "[" + target.host() + "]" : target.host())
                    + (target.port() == defaultPort ? "" : ":" + target.port());
            var request = new StringBuilder()
                    .append("POST ").append(path).append(" HTTP/1.1\r\n")
                    .append("Host: ").append(hostHeader).append("\r\n")
                    .append("User-Agent: Custodes-Webhooks/1\r\n")
                    .append("Content-Type: application/json\r\n")
                    .append("Content-Length: ").append(body.length).append("\r\n")
                    .append("Connection: close\r\n");
            headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
            request.append("\r\n");
            var out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            var reader = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            var statusLine = reader.readLine();
            if (statusLine == null || !statusLine.startsWith("HTTP/1.")) {
                throw new IOException("no HTTP response");
            }
            var parts = statusLine.split(" ");
            try {
                return Integer.parseInt(parts[1]);
            } catch (RuntimeException e) {
                throw new IOException("malformed HTTP status line");
            }
        }
    }

    private static Socket open(WebhookTargets.CheckedTarget target) throws IOException {
        var socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(target.address(), target.port()), CONNECT_TIMEOUT_MS);
            socket.setSoTimeout(READ_TIMEOUT_MS);
            if (!target.https()) {
                return socket;
            }
            var tls = (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault())
                    .createSocket(socket, target.host(), target.port(), true);
            var parameters = tls.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            if (!target.host().contains(":") && !target.host().matches("[0-9.]+")) {
                parameters.setServerNames(List.of(new SNIHostName(target.host())));
            }
            tls.setSSLParameters(parameters);
            tls.startHandshake();
            return tls;
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }
}
