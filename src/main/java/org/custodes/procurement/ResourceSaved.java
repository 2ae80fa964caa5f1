package org.custodes.procurement;

import org.custodes.shared.AuditableEvent;

/** The secretariat added or revised a resource, or took it off the public library ({@code published} false). */
public record ResourceSaved(ResourceId resource, String title, boolean published, boolean added) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "resource:" + resource.value();
    }
}
