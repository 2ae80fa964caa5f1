package org.custodes.training;

import org.custodes.shared.AuditableEvent;
import org.custodes.shared.Language;

public record CourseTranslated(CourseId course, int version, Language language, int items) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "course:" + course.value();
    }
}
