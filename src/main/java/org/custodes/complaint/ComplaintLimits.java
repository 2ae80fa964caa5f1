package org.custodes.complaint;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import org.custodes.complaint.intake.AttemptLimits;
import org.custodes.shared.RateLimits;
import org.springframework.stereotype.Component;

/** The public intake's abuse limits: submissions and follow-up sign-ins per client, each with a surge alarm. */
@Component
final class ComplaintLimits {

    private final AttemptLimits submissions;
    private final AttemptLimits followUp;

    ComplaintLimits(ComplaintSettings settings, RateLimits limits, Clock clock, MeterRegistry meters) {
        this.submissions = new AttemptLimits("submission", settings.submissionsPerClientPerHour(),
                settings.surgeFailuresPerMinute(), limits, clock, meters);
        this.followUp = new AttemptLimits("follow-up sign-in", settings.followUpAttemptsPerClientPerHour(),
                settings.surgeFailuresPerMinute(), limits, clock, meters);
    }

    void takeSubmission(String client) {
        submissions.take(client);
    }

    void takeFollowUp(String client) {
        followUp.take(client);
    }

    void followUpFailed() {
        followUp.failed();
    }
}
