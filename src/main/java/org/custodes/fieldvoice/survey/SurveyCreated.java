package org.custodes.fieldvoice.survey;

import java.util.UUID;

import org.custodes.shared.AuditableEvent;

public record SurveyCreated(UUID survey) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "fieldvoice-survey-survey:" + survey;
    }
}
