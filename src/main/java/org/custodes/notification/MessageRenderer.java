package org.custodes.notification;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.custodes.shared.Language;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The rendering contract every module writes its messages against: the body is the Thymeleaf TEXT template
 * {@code templates/mail/<template>.txt}, rendered in the recipient's language with the parameters as variables; the
 * subject is the message {@code mail.<template with '/' replaced by '.'>.subject}.
 */
@Component
class MessageRenderer {

    /** Template names are paths of our own, never user input; this keeps them so. */
    private static final Pattern TEMPLATE_NAME = Pattern.compile("[a-z0-9-]+(/[a-z0-9-]+)*");

    private final SpringTemplateEngine engine;
    private final MessageSource messages;

    MessageRenderer(MessageSource messages) {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCheckExistence(true);
        // Not a bean: the page engine Boot configures stays the only one.
        this.engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
        this.messages = messages;
    }

    RenderedMessage render(String template, Language language, Map<String, String> parameters) {
        if (!TEMPLATE_NAME.matcher(template).matches()) {
            throw new IllegalArgumentException("Not a mail template name: " + template);
        }
        var locale = language.locale();
        var body = engine.process(template, new Context(locale, new HashMap<>(parameters)));
        var subject = messages.getMessage("mail." + template.replace('/', '.') + ".subject", null, locale);
        return new RenderedMessage(subject, body);
    }
}
