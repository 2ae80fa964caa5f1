package org.custodes.complaint;

import org.jspecify.annotations.Nullable;

/** The complainant's account, in their own words. Encrypted with the case key; never in logs or events. */
public record ComplaintNarrative(@Nullable String companyDescription, String whatHappened, @Nullable String when,
        @Nullable String place, @Nullable String harm, @Nullable GrievanceRaised grievanceRaised,
        @Nullable String grievanceOutcome, @Nullable String remedySought) {

    @Override
    public String toString() {
        return "ComplaintNarrative[redacted]";
    }
}
