package org.custodes.oversight;

import java.time.LocalDate;

import org.custodes.shared.AuditableEvent;
import org.jspecify.annotations.Nullable;

/** The ranking of the day was computed again, by the daily job ({@code by} null) or on a person's request. */
public record RankingRecomputed(LocalDate day, int companies, @Nullable String by) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "ranking:" + day;
    }
}
