package org.custodes.fieldvoice.survey;

import java.util.List;

/** A round with its distribution points and how many answered at each. */
public record RoundSummary(SurveyRound round, String survey, List<Point> points) {

    public record Point(DistributionPoint point, int responses) {
    }
}
