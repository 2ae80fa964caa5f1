package org.custodes.complaint;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The complaint policies a body may adapt (the Art 13 procedure publishes no time limits, so these are defaults):
 * deadlines per step, retention after closure, and the abuse limits of the public intake.
 */
@ConfigurationProperties("custodes.complaint")
public record ComplaintSettings(Integer acknowledgeWorkingDays, Integer admissibilityWorkingDays, Integer pathDays,
        Integer remedyFollowUpDays, Period retention, Integer submissionsPerClientPerHour,
        Integer followUpAttemptsPerClientPerHour, Integer surgeFailuresPerMinute, Integer receiptKdfMemoryKib,
        Integer receiptKdfIterations, Integer maxConcurrentKdf, Duration followUpSession) {

    public ComplaintSettings {
        acknowledgeWorkingDays = or(acknowledgeWorkingDays, 5);
        admissibilityWorkingDays = or(admissibilityWorkingDays, 20);
        pathDays = or(pathDays, 60);
        remedyFollowUpDays = or(remedyFollowUpDays, 90);
        retention = retention == null ? Period.ofYears(5) : retention;
        submissionsPerClientPerHour = or(submissionsPerClientPerHour, 10);
        followUpAttemptsPerClientPerHour = or(followUpAttemptsPerClientPerHour, 10);
        surgeFailuresPerMinute = or(surgeFailuresPerMinute, 100);
        // A receipt is not a chosen password: its 80 random bits, not the hash's cost, defeat guessing (2^80 tries).
        // Argon2id still keeps a dump useless, and a lighter setting than the password guidance (19 MiB, 2 passes)
        // lets two cores take well over the 50 submissions a second the intake must sustain.
        receiptKdfMemoryKib = or(receiptKdfMemoryKib, 8_192);
        receiptKdfIterations = or(receiptKdfIterations, 1);
        maxConcurrentKdf = or(maxConcurrentKdf, 2);
        followUpSession = followUpSession == null ? Duration.ofMinutes(20) : followUpSession;
    }

    public static ComplaintSettings defaults() {
        return new ComplaintSettings(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static Integer or(Integer value, int fallback) {
        return value == null || value <= 0 ? fallback : value;
    }
}
