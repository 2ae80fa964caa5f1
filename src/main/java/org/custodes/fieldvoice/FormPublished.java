package org.custodes.fieldvoice;

import org.custodes.shared.AuditableEvent;

public record FormPublished(MissionId mission, String formId, String version) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "fieldvoice-mission:" + mission;
    }
}
