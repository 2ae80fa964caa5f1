package org.custodes.reporting.analytics;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.custodes.reporting.ReportSummary;

/** What a company learns from its reviewed report: scores, strengths and gaps by Code section, and its peers. */
public record Feedback(ReportSummary report, @Nullable Integer overall, List<CodeSectionFeedback> codeSections,
        List<PeerComparison> peers, int minimumPeers) {

    public Feedback {
        codeSections = List.copyOf(codeSections);
        peers = List.copyOf(peers);
    }
}
