package org.custodes.directory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether webhooks may target private, loopback or link-local addresses: never in production
 * ({@code custodes.directory.webhooks.allow-private-targets=false}); a test or an isolated installation may allow it.
 */
@Component
class WebhookSettings {

    private volatile boolean allowPrivateTargets;

    WebhookSettings(@Value("${custodes.directory.webhooks.allow-private-targets:false}") boolean allowPrivateTargets) {
        this.allowPrivateTargets = allowPrivateTargets;
    }

    boolean allowPrivateTargets() {
        return allowPrivateTargets;
    }

    void allowPrivateTargets(boolean allow) {
        allowPrivateTargets = allow;
    }
}
