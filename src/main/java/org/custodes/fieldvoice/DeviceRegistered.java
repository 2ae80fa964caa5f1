package org.custodes.fieldvoice;

import org.custodes.shared.AuditableEvent;

public record DeviceRegistered(DeviceId device, CaptureMissionId mission, String holder) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "fieldvoice-device:" + device;
    }
}
