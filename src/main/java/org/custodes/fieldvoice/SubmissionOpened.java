package org.custodes.fieldvoice;

import org.custodes.shared.AuditableEvent;

public record SubmissionOpened(SubmissionId submission, CaptureMissionId mission) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "fieldvoice-submission:" + submission;
    }
}
