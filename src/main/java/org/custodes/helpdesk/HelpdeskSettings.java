package org.custodes.helpdesk;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The helpdesk's service level ({@code custodes.helpdesk.*}): the first answer is due {@code firstAnswerWithin} after
 * the question (default five calendar days, {@code P5D}); a requester may reopen a closed request within
 * {@code reopenWithin} of its closing (default fourteen days, {@code P14D}).
 */
@ConfigurationProperties("custodes.helpdesk")
public record HelpdeskSettings(@DefaultValue("P5D") Duration firstAnswerWithin,
        @DefaultValue("P14D") Duration reopenWithin) {

    public HelpdeskSettings {
        if (firstAnswerWithin.isNegative() || firstAnswerWithin.isZero() || reopenWithin.isNegative()) {
            throw new IllegalArgumentException("custodes.helpdesk: the service level must be positive");
        }
    }
}
