package org.custodes.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Queues messages in the outbox. Callers must be in a transaction, so the message commits with their change. */
@Service
public class NotificationService {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    NotificationService(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public UUID send(OutgoingMessage message) {
        var id = UUID.randomUUID();
        var now = Timestamp.from(clock.instant());
        jdbc.sql("""
                insert into notification.outbox_message (id, recipient, language, template, parameters, status,
                    attempts, next_attempt_at, created_at)
                values (:id, :recipient, :language, :template, cast(:parameters as jsonb), 'PENDING', 0, :now, :now)
                """)
                .param("id", id).param("recipient", message.recipient()).param("language", message.language().code())
                .param("template", message.template()).param("parameters", json.writeValueAsString(message.parameters()))
                .param("now", now)
                .update();
        return id;
    }
}
