package org.custodes.certification.standard;

import java.time.LocalDate;

import org.custodes.certification.StandardCode;
import org.custodes.shared.AuditableEvent;

/** A recognised standard was added or its recognition statement or Annex B items changed. */
public record StandardSaved(StandardCode standard, String recognitionVersion, LocalDate recognisedOn, int annexBItems,
        boolean active) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "standard:" + standard;
    }
}
