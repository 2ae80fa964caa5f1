package org.custodes.fieldvoice.survey;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** A round of a survey version: its name, its window and where it stands (draft, open, closed). */
public record SurveyRound(UUID id, UUID version, String name, RoundStatus status, Instant opensAt, Instant closesAt,
        long rowVersion) {

    public SurveyRound {
        if (!closesAt.isAfter(opensAt)) {
            throw new SurveyRefused("fieldvoice.survey.error.window");
        }
    }

    /** Whether an answer given now is taken: the round is open and now falls in its window. */
    public boolean acceptsAnswers(Clock clock) {
        var now = clock.instant();
        return status == RoundStatus.OPEN && !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    public SurveyRound opened() {
        if (status != RoundStatus.DRAFT) {
            throw new SurveyRefused("fieldvoice.survey.error.not-draft");
        }
        return new SurveyRound(id, version, name, RoundStatus.OPEN, opensAt, closesAt, rowVersion);
    }

    public SurveyRound closed() {
        if (status != RoundStatus.OPEN) {
            throw new SurveyRefused("fieldvoice.survey.error.not-open");
        }
        return new SurveyRound(id, version, name, RoundStatus.CLOSED, opensAt, closesAt, rowVersion);
    }
}
