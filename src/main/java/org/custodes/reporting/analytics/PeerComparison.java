package org.custodes.reporting.analytics;

import org.custodes.framework.QuestionnaireSection;
import org.jspecify.annotations.Nullable;

/**
 * A section's score against the average of the campaign's scored reports. With fewer companies than the minimum
 * the average is withheld ({@code suppressed}), so that no company's score can be worked out.
 */
public record PeerComparison(QuestionnaireSection section, @Nullable Integer own, @Nullable Integer peerAverage,
        boolean suppressed) {
}
