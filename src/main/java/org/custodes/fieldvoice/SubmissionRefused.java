package org.custodes.fieldvoice;

import org.custodes.shared.AuditableEvent;

public record SubmissionRefused(DeviceId device, String formId, String reason) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "fieldvoice-device:" + device;
    }
}
