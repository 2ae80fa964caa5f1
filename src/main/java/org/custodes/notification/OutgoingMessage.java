package org.custodes.notification;

import java.util.Map;

import org.custodes.shared.Language;

/**
 * A message to one recipient: the template names the text in every shipped language; the parameters fill it.
 * Parameters are stored until the message is sent, so links carrying a one-time token are acceptable here and
 * nowhere else.
 */
public record OutgoingMessage(String recipient, Language language, String template, Map<String, String> parameters) {

    public OutgoingMessage {
        parameters = Map.copyOf(parameters);
    }

    @Override
    public String toString() {
        return "OutgoingMessage[" + template + " to " + recipient + "]";
    }
}
