package org.custodes.fieldvoice;

import org.custodes.shared.AuditableEvent;

public record SubmissionReceived(SubmissionId submission, CaptureMissionId mission, String formId, String instanceId, DeviceId device) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "fieldvoice-submission:" + submission;
    }
}
