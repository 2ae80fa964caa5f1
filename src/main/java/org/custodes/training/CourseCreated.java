package org.custodes.training;

import org.custodes.shared.AuditableEvent;

public record CourseCreated(CourseId course, int version, String code) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "course:" + course.value();
    }
}
