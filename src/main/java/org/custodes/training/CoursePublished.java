package org.custodes.training;

import org.custodes.shared.AuditableEvent;
import org.custodes.shared.Language;

public record CoursePublished(CourseId course, int version, Language language) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "course:" + course.value();
    }
}
