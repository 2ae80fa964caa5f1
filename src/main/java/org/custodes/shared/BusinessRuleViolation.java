package org.custodes.shared;

import org.jspecify.annotations.Nullable;

/**
 * A request that is well formed but breaks a rule of the domain. The message is a message-bundle key (with
 * arguments) so that pages and problem details can say it in the user's language; a rule about one fact names the
 * form field it concerns, so that pages show it there ({@link FormErrors}).
 */
public class BusinessRuleViolation extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;
    private final @Nullable String field;

    public BusinessRuleViolation(String messageKey, Object... arguments) {
        this(messageKey, arguments, null);
    }

    /** A violation about one fact, named as the field of the form or request that carries it. */
    protected BusinessRuleViolation(String messageKey, Object[] arguments, @Nullable String field) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
        this.field = field;
    }

    /** The field the rule concerns, or null when it concerns the request as a whole. */
    public @Nullable String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
