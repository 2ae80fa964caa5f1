package org.custodes.fieldvoice;

import org.custodes.shared.AuditableEvent;

public record SubmissionOpened(SubmissionId submission, MissionId mission) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "fieldvoice-submission:" + submission;
    }
}
