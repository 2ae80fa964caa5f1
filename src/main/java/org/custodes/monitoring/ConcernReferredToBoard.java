package org.custodes.monitoring;

import java.time.LocalDate;
import java.util.List;

import org.custodes.shared.AuditableEvent;
import org.custodes.shared.OrganisationId;

/**
 * The Executive Director referred a concern to the Board: membership opens the compliance case of its sanctions
 * ladder. It carries the facts the case needs and nothing of the dialogue.
 */
public record ConcernReferredToBoard(ConcernId concern, String reference, OrganisationId company,
        ConcernCategory category, LocalDate referredOn, List<Integer> codeParagraphs) implements AuditableEvent {

    public ConcernReferredToBoard {
        codeParagraphs = List.copyOf(codeParagraphs);
    }

    @Override
    public String auditSubject() {
        return "concern:" + concern;
    }
}
