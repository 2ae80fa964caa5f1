package org.custodes.directory;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.custodes.shared.OrganisationId;
import org.custodes.shared.Rows;
import org.custodes.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Webhooks and their outbox of deliveries. */
@Repository
class Webhooks {

    record Target(UUID id, String url, byte[] secret, String protection) {
    }

    record Due(UUID id, UUID eventId, String payload, int attempts, Target webhook) {
    }

    private final JdbcClient jdbc;

    /** What a webhook's secret is sealed for, so that one sealed secret cannot stand in for another. */
    static String secretPurpose(UUID webhook) {
        return "directory.webhook-secret:" + webhook;
    }

    Webhooks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UserId account, OrganisationId clientOrganisation, String url, byte[] secret, String protection,
            Instant now) {
        jdbc.sql("""
                insert into directory.webhook (id, account_id, client_organisation_id, url, secret, protection, created_at)
                values (:id, :account, :organisation, :url, :secret, :protection, :now)
                """)
                .param("id", id).param("account", account.value()).param("organisation", clientOrganisation.value())
                .param("url", url).param("secret", secret).param("protection", protection)
                .param("now", Timestamp.from(now))
                .update();
    }

    List<WebhookSummary> of(UserId account) {
        return jdbc.sql("select id, url, created_at from directory.webhook where account_id = :account order by created_at")
                .param("account", account.value())
                .query((row, n) -> new WebhookSummary(row.getObject("id", UUID.class), row.getString("url"),
                        row.getTimestamp("created_at").toInstant()))
                .list();
    }

    boolean delete(UUID id, UserId account) {
        return jdbc.sql("delete from directory.webhook where id = :id and account_id = :account")
                .param("id", id).param("account", account.value()).update() == 1;
    }

    /** The webhooks of everyone who follows the company. */
    List<UUID> forFollowersOf(OrganisationId company) {
        return jdbc.sql("""
                select h.id from directory.webhook h join directory.watch w on w.account_id = h.account_id
                where w.organisation_id = :company
                """).param("company", company.value()).query(UUID.class).list();
    }

    void queue(UUID webhook, UUID eventId, String payload, Instant now) {
        jdbc.sql("""
                insert into directory.webhook_delivery (id, webhook_id, event_id, payload, status, attempts,
                    next_attempt_at, created_at)
                values (:id, :webhook, :event, :payload, 'PENDING', 0, :now, :now)
                on conflict (webhook_id, event_id) do nothing
                """)
                .param("id", UUID.randomUUID()).param("webhook", webhook).param("event", eventId)
                .param("payload", payload).param("now", Timestamp.from(now))
                .update();
    }

    /**
     * Claims up to {@code limit} due deliveries for one run: each claimed delivery is not due again until
     * {@code leaseUntil}, so two runs (a scheduled one and a manual one, or two nodes) never send the same delivery
     * twice, and a run that dies mid-way leaves its deliveries due again once the lease ends. The attempt's outcome
     * then sets the delivery's real next time.
     */
    List<Due> claimDue(Instant now, Instant leaseUntil, int limit) {
        return jdbc.sql("""
                with claimed as (
                    update directory.webhook_delivery set next_attempt_at = :lease
                    where id in (select id from directory.webhook_delivery
                                 where status = 'PENDING' and next_attempt_at <= :now
                                 order by next_attempt_at limit :limit for update skip locked)
                    returning id, event_id, payload, attempts, webhook_id)
                select c.id, c.event_id, c.payload, c.attempts, h.id as webhook_id, h.url, h.secret, h.protection
                from claimed c join directory.webhook h on h.id = c.webhook_id
                """)
                .param("now", Timestamp.from(now)).param("lease", Timestamp.from(leaseUntil)).param("limit", limit)
                .query((row, n) -> new Due(row.getObject("id", UUID.class), row.getObject("event_id", UUID.class),
                        row.getString("payload"), row.getInt("attempts"),
                        new Target(row.getObject("webhook_id", UUID.class), row.getString("url"), row.getBytes("secret"),
                                row.getString("protection"))))
                .list();
    }

    void delivered(UUID delivery, int statusCode, Instant now) {
        jdbc.sql("""
                update directory.webhook_delivery set status = 'DELIVERED', attempts = attempts + 1,
                    last_status_code = :code, last_error = null, last_attempt_at = :now, delivered_at = :now
                where id = :id
                """).param("id", delivery).param("code", statusCode).param("now", Timestamp.from(now)).update();
    }

    /** Records a failed attempt; with no next attempt the delivery is given up (FAILED). */
    void failed(UUID delivery, @Nullable Integer statusCode, String error, @Nullable Instant nextAttempt, Instant now) {
        jdbc.sql("""
                update directory.webhook_delivery set status = :status, attempts = attempts + 1,
                    last_status_code = :code, last_error = :error, last_attempt_at = :now,
                    next_attempt_at = coalesce(:next, next_attempt_at)
                where id = :id
                """)
                .param("id", delivery).param("status", nextAttempt == null ? "FAILED" : "PENDING")
                .param("code", statusCode).param("error", error)
                .param("next", nextAttempt == null ? null : Timestamp.from(nextAttempt))
                .param("now", Timestamp.from(now))
                .update();
    }

    List<WebhookDelivery> log(UserId account, int limit) {
        return jdbc.sql("""
                select d.id, h.url, d.event_id, d.status, d.attempts, d.last_status_code, d.last_error, d.created_at,
                    d.last_attempt_at, d.next_attempt_at, d.delivered_at
                from directory.webhook_delivery d join directory.webhook h on h.id = d.webhook_id
                where h.account_id = :account order by d.created_at desc limit :limit
                """)
                .param("account", account.value()).param("limit", limit)
                .query((row, n) -> new WebhookDelivery(row.getObject("id", UUID.class), row.getString("url"),
                        row.getObject("event_id", UUID.class), row.getString("status"), row.getInt("attempts"),
                        (Integer) row.getObject("last_status_code"), row.getString("last_error"),
                        row.getTimestamp("created_at").toInstant(), Rows.instant(row.getTimestamp("last_attempt_at")),
                        "PENDING".equals(row.getString("status")) ? Rows.instant(row.getTimestamp("next_attempt_at")) : null,
                        Rows.instant(row.getTimestamp("delivered_at"))))
                .list();
    }
}
