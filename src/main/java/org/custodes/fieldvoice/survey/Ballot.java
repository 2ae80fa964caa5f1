package org.custodes.fieldvoice.survey;

import java.util.Set;

/** What the answering page shows for a short link: the point, the survey, whether answers are taken, the recordings. */
public record Ballot(DistributionPoint point, String roundName, boolean open, SurveyDefinition survey,
        Set<String> recorded) {
}
