package org.custodes.training.personnel;

import java.time.Clock;
import java.time.LocalDate;

/** How long a person's enrolment code opens their courses: a year from issue, through the day it expires. */
public final class AccessCodePolicy {

    static final int VALID_DAYS = 365;

    private AccessCodePolicy() {
    }

    public static LocalDate expiresOn(Clock clock) {
        return LocalDate.now(clock).plusDays(VALID_DAYS);
    }

    public static boolean usable(LocalDate expiresOn, Clock clock) {
        return !expiresOn.isBefore(LocalDate.now(clock));
    }
}
