package org.custodes.monitoring;

import java.util.Set;

import org.custodes.shared.BusinessRuleViolation;

/** A monitoring rule refused the request; the message key says which, in the reader's language. */
public class MonitoringRefused extends BusinessRuleViolation {

    /** The Code has 70 paragraphs, in the 2010 text and (as framework carries it over) the 2021 amendment. */
    static final int CODE_PARAGRAPHS = 70;

    public MonitoringRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    public static Set<Integer> checkParagraphs(Set<Integer> paragraphs) {
        for (var paragraph : paragraphs) {
            if (paragraph < 1 || paragraph > CODE_PARAGRAPHS) {
                throw new MonitoringRefused("monitoring.refused.paragraph", paragraph);
            }
        }
        return Set.copyOf(paragraphs);
    }
}
