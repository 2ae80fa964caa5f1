package org.custodes.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.custodes.shared.Actor;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.PageQuery;
import org.custodes.shared.UserId;
import org.custodes.support.IntegrationTest;
import org.custodes.support.TestActors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class AuditLogIntegrationTests {

    record Row(long sequence, String previousHash, String hash, UUID actorUser, UUID actorOrganisation, String action,
            String details) {
    }

    @Autowired ApplicationEventPublisher events;
    @Autowired AuditService audit;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactionManager;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anEventPublishedInARolledBackTransactionLeavesNoRow() {
        var subject = unique("rolled-back");

        transactions().executeWithoutResult(status -> {
            events.publishEvent(new AuditTestEvent(subject, "never happened"));
            assertThat(rows(subject)).hasSize(1); // written in the publisher's transaction...
            status.setRollbackOnly();
        });

        assertThat(rows(subject)).isEmpty(); // ...and gone with it
    }

    @Test
    void eachRowChainsToThePreviousOneAndRecordsTheActor() {
        var subject = unique("chained");
        var actor = new TestActors(new UserId(UUID.randomUUID()), new OrganisationId(UUID.randomUUID()), Set.of());
        signIn(actor, "audit:verify");

        transactions().executeWithoutResult(status -> {
            events.publishEvent(new AuditTestEvent(subject, "first"));
            events.publishEvent(new AuditTestEvent(subject, "second"));
        });

        var rows = rows(subject);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).sequence()).isEqualTo(rows.get(0).sequence() + 1);
        assertThat(rows.get(1).previousHash()).isEqualTo(rows.get(0).hash());
        assertThat(rows.get(0).actorUser()).isEqualTo(actor.userId().value());
        assertThat(rows.get(0).actorOrganisation()).isEqualTo(actor.organisationId().value());
        assertThat(rows.get(0).action()).isEqualTo("audit.audit-test-event");
        assertThat(rows.get(0).details()).contains("\"note\":\"first\"").contains("\"subject\":\"" + subject + "\"");
        var verification = audit.verify();
        assertThat(verification.valid()).isTrue();
        assertThat(verification.headHash()).isEqualTo(headHash());
    }

    @Test
    void anEventWithoutATransactionIsRecordedWithoutAnActor() {
        var subject = unique("no-transaction");

        events.publishEvent(new AuditTestEvent(subject, "system work"));

        assertThat(rows(subject)).singleElement().satisfies(row -> {
            assertThat(row.actorUser()).isNull();
            assertThat(row.actorOrganisation()).isNull();
        });
    }

    @Test
    void eventsOfOtherModulesReachTheLogIncludingTheDemoData() {
        signIn(new TestActors(new UserId(UUID.randomUUID()), new OrganisationId(UUID.randomUUID()), Set.of()), "audit:read");

        var registrations = audit.search(new AuditFilter("organisation.organisation-registered", "organisation:", null,
                null, null), PageQuery.first());
        var accounts = audit.search(new AuditFilter("identity.account-created", null, null, null, null), PageQuery.first());

        assertThat(registrations.totalItems()).isPositive();
        assertThat(registrations.items().getFirst().details()).contains("legalName");
        assertThat(accounts.totalItems()).isPositive();
    }

    @Test
    void concurrentWritersExtendOneChainWithoutForking() throws Exception {
        var subject = unique("concurrent");
        try (var pool = Executors.newFixedThreadPool(8)) {
            var writes = new ArrayList<Future<?>>();
            for (var writer = 0; writer < 8; writer++) {
                var note = "writer " + writer;
                writes.add(pool.submit(() -> {
                    for (var i = 0; i < 5; i++) {
                        transactions().executeWithoutResult(status -> events.publishEvent(new AuditTestEvent(subject, note)));
                    }
                }));
            }
            for (var write : writes) {
                write.get();
            }
        }

        var rows = rows(subject);
        assertThat(rows).hasSize(40);
        assertThat(rows.stream().map(Row::previousHash).distinct()).hasSize(40);
        signIn(new TestActors(new UserId(UUID.randomUUID()), new OrganisationId(UUID.randomUUID()), Set.of()), "audit:verify");
        assertThat(audit.verify().valid()).isTrue();
    }

    @Test
    void theDatabaseRefusesToUpdateDeleteOrTruncateTheLog() {
        var subject = unique("append-only");
        events.publishEvent(new AuditTestEvent(subject, "keep me"));
        var sequence = rows(subject).getFirst().sequence();

        assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> jdbc
                .sql("update audit.audit_event set details = '{}' where sequence_number = :sequence")
                .param("sequence", sequence).update()).withStackTraceContaining("append-only");
        assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> jdbc
                .sql("delete from audit.audit_event where sequence_number = :sequence")
                .param("sequence", sequence).update()).withStackTraceContaining("append-only");
        assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> jdbc
                .sql("truncate audit.audit_event").update()).withStackTraceContaining("append-only");
        assertThat(rows(subject)).singleElement().extracting(Row::details).asString().contains("keep me");
    }

    @Test
    void verificationNamesAnEditedRow() {
        var subject = unique("edited");
        events.publishEvent(new AuditTestEvent(subject, "one"));
        events.publishEvent(new AuditTestEvent(subject, "two"));
        var edited = rows(subject).getFirst().sequence();
        signIn(new TestActors(new UserId(UUID.randomUUID()), new OrganisationId(UUID.randomUUID()), Set.of()), "audit:verify");

        // Tampering happens in a transaction that is rolled back, so the shared log stays intact for other tests.
        var verification = tamperedAndRolledBack(
                "update audit.audit_event set details = '{\"note\":\"rewritten\"}' where sequence_number = " + edited);

        assertThat(verification.valid()).isFalse();
        assertThat(verification.firstBrokenSequence()).isEqualTo(edited);
        assertThat(audit.verify().valid()).isTrue();
    }

    @Test
    void verificationNamesTheRowAfterADeletedOne() {
        var subject = unique("deleted");
        events.publishEvent(new AuditTestEvent(subject, "one"));
        events.publishEvent(new AuditTestEvent(subject, "two"));
        events.publishEvent(new AuditTestEvent(subject, "three"));
        var rows = rows(subject);
        signIn(new TestActors(new UserId(UUID.randomUUID()), new OrganisationId(UUID.randomUUID()), Set.of()), "audit:verify");

        var verification = tamperedAndRolledBack(
                "delete from audit.audit_event where sequence_number = " + rows.get(1).sequence());

        assertThat(verification.valid()).isFalse();
        assertThat(verification.firstBrokenSequence()).isEqualTo(rows.get(2).sequence());
        assertThat(audit.verify().valid()).isTrue();
    }

    @Test
    void verificationNamesTheFirstOfTwoReorderedRows() {
        var subject = unique("reordered");
        events.publishEvent(new AuditTestEvent(subject, "one"));
        events.publishEvent(new AuditTestEvent(subject, "two"));
        events.publishEvent(new AuditTestEvent(subject, "three"));
        var rows = rows(subject);
        var first = rows.get(0).sequence();
        var second = rows.get(1).sequence();
        signIn(new TestActors(new UserId(UUID.randomUUID()), new OrganisationId(UUID.randomUUID()), Set.of()), "audit:verify");

        // The two rows change places: each keeps its own hashes, so only their order gives them away.
        var verification = tamperedAndRolledBack("update audit.audit_event set sequence_number = -1 where sequence_number = "
                + first + "; update audit.audit_event set sequence_number = " + first + " where sequence_number = " + second
                + "; update audit.audit_event set sequence_number = " + second + " where sequence_number = -1");

        assertThat(verification.valid()).isFalse();
        assertThat(verification.firstBrokenSequence()).isEqualTo(first);
        assertThat(audit.verify().valid()).isTrue();
    }

    private ChainVerification tamperedAndRolledBack(String tampering) {
        return transactions().execute(status -> {
            jdbc.sql("alter table audit.audit_event disable trigger audit_event_append_only").update();
            jdbc.sql(tampering).update();
            jdbc.sql("alter table audit.audit_event enable trigger audit_event_append_only").update();
            var verification = audit.verify();
            status.setRollbackOnly();
            return verification;
        });
    }

    private TransactionTemplate transactions() {
        return new TransactionTemplate(transactionManager);
    }

    private List<Row> rows(String subject) {
        return jdbc.sql("""
                        select sequence_number, previous_hash, hash, actor_user_id, actor_organisation_id, action, details
                        from audit.audit_event where subject = :subject order by sequence_number""")
                .param("subject", subject)
                .query((row, number) -> new Row(row.getLong(1), row.getString(2), row.getString(3),
                        row.getObject(4, UUID.class), row.getObject(5, UUID.class), row.getString(6), row.getString(7)))
                .list();
    }

    private String headHash() {
        return jdbc.sql("select hash from audit.audit_event order by sequence_number desc limit 1").query(String.class).single();
    }

    private static void signIn(Actor actor, String... authorities) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(actor, null,
                AuthorityUtils.createAuthorityList(authorities)));
        SecurityContextHolder.setContext(context);
    }

    private static String unique(String name) {
        return "test:" + name + "-" + UUID.randomUUID();
    }
}
