package org.custodes.training.course;

import org.custodes.shared.AuditableEvent;
import org.custodes.shared.Language;
import org.custodes.training.CourseId;

public record CoursePublished(CourseId course, int version, Language language) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "course:" + course.value();
    }
}
