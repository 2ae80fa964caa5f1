package org.custodes.fieldvoice.survey;

import java.util.UUID;

import org.custodes.shared.AuditableEvent;

public record RoundOpened(UUID round) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "fieldvoice-survey-round:" + round;
    }
}
