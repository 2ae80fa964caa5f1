package org.custodes.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.custodes.shared.Language;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

class OutboxRelayTests {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    /** An outbox that remembers what the relay asked of it, with no database behind it. */
    static class RecordingOutbox extends Outbox {
        int holds;
        int releases;
        int claims;

        RecordingOutbox() {
            super(null, null);
        }

        @Override
        int holdPending() {
            holds++;
            return 1;
        }

        @Override
        int releaseHeld(Instant now) {
            releases++;
            return 0;
        }

        @Override
        List<StoredMessage> claim(Instant now, Instant stuckBefore, int limit) {
            claims++;
            return List.of();
        }
    }

    @Test
    void withoutAMailHostMessagesAreHeldAndNothingIsClaimedOrSent() {
        var outbox = new RecordingOutbox();
        var beans = new DefaultListableBeanFactory();
        beans.registerSingleton("mailSender", new JavaMailSenderImpl()); // Boot may create one even for an empty host
        var relay = new OutboxRelay(outbox, renderer(), beans.getBeanProvider(JavaMailSender.class), "",
                "no-reply@custodes.local", CLOCK);

        relay.relay();

        assertThat(relay.smtpConfigured()).isFalse();
        assertThat(outbox.holds).isEqualTo(1);
        assertThat(outbox.claims).isZero();
    }

    @Test
    void withAMailHostTheRelayClaimsInsteadOfHolding() {
        var outbox = new RecordingOutbox();
        var beans = new DefaultListableBeanFactory();
        beans.registerSingleton("mailSender", new JavaMailSenderImpl());
        var relay = new OutboxRelay(outbox, renderer(), beans.getBeanProvider(JavaMailSender.class), "smtp.example.org",
                "no-reply@custodes.local", CLOCK);

        relay.relay();

        assertThat(relay.smtpConfigured()).isTrue();
        assertThat(outbox.holds).isZero();
        assertThat(outbox.releases).isEqualTo(1);
        assertThat(outbox.claims).isEqualTo(1);
    }

    @Test
    void backoffDoublesFromOneMinuteAndStopsAtSixHours() {
        assertThat(OutboxRelay.backoff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(OutboxRelay.backoff(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(OutboxRelay.backoff(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(OutboxRelay.backoff(9)).isEqualTo(Duration.ofMinutes(256));
        assertThat(OutboxRelay.backoff(10)).isEqualTo(Duration.ofHours(6));
        assertThat(OutboxRelay.backoff(60)).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void theRecordedErrorIsOneBoundedLineWithoutAStackTrace() {
        var error = OutboxRelay.describe(new MailSendException("Mail server connection failed;\n\tnested: refused "
                + "x".repeat(1000), new IllegalStateException("cause")));

        assertThat(error).startsWith("MailSendException: Mail server connection failed; nested: refused")
                .doesNotContain("\n").doesNotContain("\tat ").hasSize(500);
    }

    @Test
    void aMessageIsRenderedInTheRecipientsLanguage() {
        var message = renderer().render("notification/test", Language.FR,
                Map.of("name", "Amélie", "link", "http://localhost:8080/x"));

        assertThat(message.subject()).isEqualTo("Message d’essai de Custodes");
        assertThat(message.body()).startsWith("Bonjour Amélie,").contains("Vous n’avez rien à faire.")
                .contains("http://localhost:8080/x");
        assertThat(renderer().render("notification/test", Language.AR, Map.of("name", "فاطمة", "link", "")).subject())
                .isEqualTo("رسالة تجريبية من Custodes");
    }

    @Test
    void onlyTemplatePathsOfOurOwnAreRendered() {
        assertThatIllegalArgumentException().isThrownBy(() -> renderer().render("../application", Language.EN, Map.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> renderer().render("notification/Test", Language.EN, Map.of()));
    }

    static MessageRenderer renderer() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/notification");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new MessageRenderer(messages);
    }
}
