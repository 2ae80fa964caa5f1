package org.custodes.fieldvoice;

import org.custodes.shared.AuditableEvent;

public record DeviceRevoked(DeviceId device, CaptureMissionId mission) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "fieldvoice-device:" + device;
    }
}
