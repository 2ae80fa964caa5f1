package org.custodes.training.course;

import org.custodes.shared.AuditableEvent;
import org.custodes.training.CourseId;

public record CourseCreated(CourseId course, int version, String code) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "course:" + course.value();
    }
}
