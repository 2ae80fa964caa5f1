package org.custodes.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;

import org.custodes.identity.invitation.InvitationDesk;
import org.custodes.identity.passwordreset.PasswordResetDesk;
import org.custodes.shared.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The e-mails render by the notification module's contract (TEXT template under {@code templates/mail/}, subject
 * key derived from the template name) in every shipped language, with no key left unresolved.
 */
class IdentityMailTemplateTests {

    static final SpringTemplateEngine engine = engine();
    static final ResourceBundleMessageSource messages = messages();

    @ParameterizedTest
    @EnumSource(Language.class)
    void theInvitationRendersInEveryLanguage(Language language) {
        var body = render(InvitationDesk.TEMPLATE, language, Map.of("name", "Nadia Haddad",
                "organisation", "Aegis Shield Security Ltd", "link", "https://custodes.example/invitations/accept?token=abc"));
        assertThat(body).contains("Nadia Haddad", "Aegis Shield Security Ltd",
                "https://custodes.example/invitations/accept?token=abc").doesNotContain("??", "#{", "${");
        assertThat(subject(InvitationDesk.TEMPLATE, language)).isNotBlank();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void thePasswordResetRendersInEveryLanguage(Language language) {
        var body = render(PasswordResetDesk.TEMPLATE, language, Map.of("name", "Lucas Moreau",
                "link", "https://custodes.example/password-reset/confirm?token=abc"));
        assertThat(body).contains("Lucas Moreau", "https://custodes.example/password-reset/confirm?token=abc")
                .doesNotContain("??", "#{", "${");
        assertThat(subject(PasswordResetDesk.TEMPLATE, language)).isNotBlank();
    }

    private static String render(String template, Language language, Map<String, Object> parameters) {
        return engine.process(template, new Context(language.locale(), parameters));
    }

    private static String subject(String template, Language language) {
        return messages.getMessage("mail." + template.replace('/', '.') + ".subject", null, language.locale());
    }

    private static SpringTemplateEngine engine() {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding("UTF-8");
        var engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages());
        return engine;
    }

    private static ResourceBundleMessageSource messages() {
        var source = new ResourceBundleMessageSource();
        source.setBasename("messages/identity");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(Locale.ENGLISH);
        return source;
    }
}
