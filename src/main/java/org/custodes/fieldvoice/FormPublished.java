package org.custodes.fieldvoice;

import org.custodes.shared.AuditableEvent;

public record FormPublished(CaptureMissionId mission, String formId, String version) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "fieldvoice-mission:" + mission;
    }
}
