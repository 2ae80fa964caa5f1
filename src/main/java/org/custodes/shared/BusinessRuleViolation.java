package org.custodes.shared;

/**
 * A request that is well formed but breaks a rule of the domain. The message is a message-bundle key (with
 * arguments) so that pages and problem details can say it in the user's language.
 */
public class BusinessRuleViolation extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public BusinessRuleViolation(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
