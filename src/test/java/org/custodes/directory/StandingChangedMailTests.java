package org.custodes.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** The e-mail template renders in the recipient's language from the parameters the directory queues. */
class StandingChangedMailTests {

    @Test
    void rendersTheChangeInTheRecipientsLanguage() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/directory");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        var engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);

        var parameters = Map.<String, Object>of("companyName", "Atlas Protection SARL", "previousStanding", "MEMBER",
                "currentStanding", "SUSPENDED", "correctiveActionOpen", "true", "since", "2026-11-22",
                "profileUrl", "https://custodes.example/directory/companies/1");
        var french = engine.process("directory/standing-changed", new Context(Locale.FRENCH, parameters));

        assertThat(french).contains("Le statut de Atlas Protection SARL", "Membre, pas encore certifié", "Suspendu",
                "Mesure corrective en cours", "2026-11-22", "https://custodes.example/directory/companies/1");
        var english = engine.process("directory/standing-changed",
                new Context(Locale.ENGLISH, Map.of("companyName", "Atlas", "previousStanding", "APPLICANT",
                        "currentStanding", "MEMBER", "correctiveActionOpen", "false", "since", "", "profileUrl", "u")));
        assertThat(english).contains("Applicant", "Member, not yet certified").doesNotContain("Corrective", "In force");
        assertThat(messages.getMessage("mail.directory.standing-changed.subject", null, Locale.of("ar"))).isNotBlank();
    }
}
