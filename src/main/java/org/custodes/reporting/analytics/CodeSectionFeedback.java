package org.custodes.reporting.analytics;

import java.util.List;

import org.custodes.framework.Indicator;

/** One section of the Code: the score, the items with full marks and those with less than half. */
public record CodeSectionFeedback(String letter, String title, int score, List<Indicator> strengths,
        List<Indicator> gaps) {

    public CodeSectionFeedback {
        strengths = List.copyOf(strengths);
        gaps = List.copyOf(gaps);
    }
}
