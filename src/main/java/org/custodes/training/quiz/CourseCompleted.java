package org.custodes.training.quiz;

import java.time.LocalDate;

import org.custodes.shared.AuditableEvent;
import org.custodes.shared.Language;
import org.custodes.shared.OrganisationId;
import org.custodes.training.CompletionId;
import org.custodes.training.CourseId;
import org.custodes.training.LearnerId;

/** A person completed a version of a course; the coverage of their company has been counted. */
public record CourseCompleted(OrganisationId organisation, LearnerId learner, CourseId course, int version,
        Language language, CompletionId completion, LocalDate completedOn) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "completion:" + completion.value();
    }
}
