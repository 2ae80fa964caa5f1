package org.custodes.fieldvoice.survey;

import java.util.UUID;

import org.custodes.shared.AuditableEvent;

public record AudioUploaded(UUID version) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "fieldvoice-survey-version:" + version;
    }
}
