package org.custodes.notification;

/**
 * Where a message of the outbox stands. HELD means no SMTP server is configured: the message waits on the outbox
 * page and is not retried.
 */
public enum MessageStatus {
    PENDING, SENDING, SENT, HELD, FAILED
}
