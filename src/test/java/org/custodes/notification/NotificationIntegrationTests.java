package org.custodes.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.custodes.shared.Language;
import org.custodes.support.IntegrationTest;
import org.custodes.support.TestMail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class NotificationIntegrationTests {

    record Row(String status, int attempts, Instant nextAttemptAt, String lastError) {
    }

    @Autowired NotificationService notifications;
    @Autowired OutboxRelay relay;
    @Autowired JavaMailSender mailSender;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired Clock clock;
    @Autowired MockMvc mvc;

    @BeforeEach
    void sendWhatIsAlreadyDue() {
        relay.relay(); // other tests' messages, so each test's batch holds its own
    }

    @Test
    void aCommittedMessageIsDeliveredOnceInTheRecipientsLanguage() throws Exception {
        var recipient = recipient();
        var id = queue(recipient, Language.FR);

        relay.relay();
        relay.relay();

        var delivered = deliveredTo(recipient);
        assertThat(delivered).hasSize(1);
        var mail = delivered.getFirst();
        assertThat(mail.getSubject()).isEqualTo("Message d’essai de Custodes");
        assertThat((String) mail.getContent()).startsWith("Bonjour Amélie,").contains("Vous n’avez rien à faire.");
        assertThat(mail.getMessageID()).isEqualTo("<" + id + "@custodes>");
        assertThat(mail.getHeader("Content-Language")).containsExactly("fr");
        assertThat(row(id).status()).isEqualTo("SENT");
    }

    @Test
    void aMessageOfARolledBackTransactionIsNeverSent() throws Exception {
        var recipient = recipient();
        var transaction = new TransactionTemplate(transactionManager);

        transaction.executeWithoutResult(status -> {
            notifications.send(message(recipient, Language.EN));
            status.setRollbackOnly();
        });
        relay.relay();

        assertThat(deliveredTo(recipient)).isEmpty();
        assertThat(jdbc.sql("select count(*) from notification.outbox_message where recipient = :r")
                .param("r", recipient).query(Long.class).single()).isZero();
    }

    @Test
    void whileSmtpIsDownAttemptsBackOffThenTheMessageIsDeliveredOnce() throws Exception {
        var recipient = recipient();
        var id = queue(recipient, Language.ES);
        var down = senderToAClosedPort();
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);

        relay.relay(down, now);
        var first = row(id);
        assertThat(first.status()).isEqualTo("PENDING");
        assertThat(first.attempts()).isEqualTo(1);
        assertThat(first.nextAttemptAt()).isEqualTo(now.plus(1, ChronoUnit.MINUTES));
        assertThat(first.lastError()).startsWith("MailSendException").doesNotContain("\tat ");

        relay.relay(down, now.plusSeconds(30)); // not due yet: nothing tried
        assertThat(row(id).attempts()).isEqualTo(1);

        var retry = now.plus(1, ChronoUnit.MINUTES);
        relay.relay(down, retry);
        assertThat(row(id).attempts()).isEqualTo(2);
        assertThat(row(id).nextAttemptAt()).isEqualTo(retry.plus(2, ChronoUnit.MINUTES));
        assertThat(deliveredTo(recipient)).isEmpty();

        var back = retry.plus(2, ChronoUnit.MINUTES);
        relay.relay(mailSender, back);
        relay.relay(mailSender, back.plusSeconds(60));

        assertThat(deliveredTo(recipient)).singleElement()
                .satisfies(mail -> assertThat(mail.getSubject()).isEqualTo("Mensaje de prueba de Custodes"));
        assertThat(row(id).status()).isEqualTo("SENT");
        assertThat(row(id).attempts()).isEqualTo(2);
    }

    @Test
    void aMessageStuckInSendingIsSentAgainWithTheSameMessageId() throws Exception {
        var recipient = recipient();
        var id = queue(recipient, Language.EN);
        var now = clock.instant();

        // A relay claims the message and sends it, then dies before marking it sent.
        var claimed = relay.claim(now);
        assertThat(claimed).extracting(Outbox.StoredMessage::id).containsExactly(id);
        relay.send(claimed.getFirst(), mailSender);
        assertThat(row(id).status()).isEqualTo("SENDING");

        relay.relay(mailSender, now.plusSeconds(60)); // the claim is recent: another relay leaves it alone
        assertThat(deliveredTo(recipient)).hasSize(1);

        relay.relay(mailSender, now.plus(OutboxRelay.STUCK_AFTER).plusSeconds(1));

        var delivered = deliveredTo(recipient);
        assertThat(delivered).hasSize(2);
        assertThat(delivered).extracting(MimeMessage::getMessageID).containsOnly("<" + id + "@custodes>");
        assertThat(row(id).status()).isEqualTo("SENT");
    }

    @Test
    void withoutSmtpMessagesAreHeldAndShownOnTheOutboxPageInTheRecipientsLanguage() throws Exception {
        var recipient = recipient();
        var id = queue(recipient, Language.FR);

        relay.relay(null, clock.instant());
        relay.relay(null, clock.instant().plusSeconds(60)); // without SMTP, held messages stay held

        assertThat(row(id).status()).isEqualTo("HELD");
        assertThat(deliveredTo(recipient)).isEmpty();
        mvc.perform(get("/notifications/outbox").param("lang", "en").with(user("officer")
                        .authorities(new SimpleGrantedAuthority("notification:outbox-read"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(recipient)))
                .andExpect(content().string(containsString("Message d’essai de Custodes")))
                .andExpect(content().string(containsString("Bonjour Amélie,")))
                .andExpect(content().string(containsString("Held (no SMTP)")))
                .andExpect(content().string(containsString("<a href=\"http://localhost:8080/invitations/" + recipient)));
    }

    @Test
    void heldMessagesAreSentOnceWhenSmtpIsConfigured() throws Exception {
        var recipient = recipient();
        var id = queue(recipient, Language.EN);
        relay.relay(null, clock.instant());
        assertThat(row(id).status()).isEqualTo("HELD");

        relay.relay(mailSender, clock.instant().plusSeconds(5));
        relay.relay(mailSender, clock.instant().plusSeconds(10));

        assertThat(row(id).status()).isEqualTo("SENT");
        assertThat(deliveredTo(recipient)).hasSize(1);
    }

    @Test
    void aCompanyUserCannotReadTheOutbox() throws Exception {
        mvc.perform(get("/notifications/outbox").with(user("company")
                        .authorities(new SimpleGrantedAuthority("organisation:read-own"))))
                .andExpect(status().isForbidden());
    }

    private UUID queue(String recipient, Language language) {
        return new TransactionTemplate(transactionManager).execute(status -> notifications.send(message(recipient, language)));
    }

    private static OutgoingMessage message(String recipient, Language language) {
        return new OutgoingMessage(recipient, language, "notification/test",
                Map.of("name", "Amélie", "link", "http://localhost:8080/invitations/" + recipient));
    }

    private Row row(UUID id) {
        return jdbc.sql("select status, attempts, next_attempt_at, last_error from notification.outbox_message where id = :id")
                .param("id", id)
                .query((row, number) -> new Row(row.getString(1), row.getInt(2), row.getTimestamp(3).toInstant(),
                        row.getString(4)))
                .single();
    }

    private static List<MimeMessage> deliveredTo(String recipient) {
        return Arrays.stream(TestMail.server().getReceivedMessages()).filter(mail -> {
            try {
                return Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
                        .anyMatch(address -> address.toString().equals(recipient));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static JavaMailSender senderToAClosedPort() throws IOException {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        return sender;
    }

    private static String recipient() {
        return "test-" + UUID.randomUUID() + "@example.org";
    }
}
