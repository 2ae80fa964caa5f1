package org.custodes.fieldvoice;

import org.custodes.shared.AuditableEvent;

public record CaptureMissionClosed(CaptureMissionId mission, int devicesRevoked) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "fieldvoice-mission:" + mission;
    }
}
