package org.custodes.directory;

import java.util.UUID;

/**
 * A new webhook and its signing secret, shown to its owner this once. Deliveries carry
 * {@code X-Custodes-Signature: sha256=HEX(HMAC-SHA256(secret, timestamp + "." + body))}, with the timestamp (Unix
 * seconds) in {@code X-Custodes-Timestamp}, the secret being this string's UTF-8 bytes.
 */
public record RegisteredWebhook(UUID id, String url, String secret) {

    @Override
    public String toString() {
        return "RegisteredWebhook[" + id + ", " + url + "]";
    }
}
