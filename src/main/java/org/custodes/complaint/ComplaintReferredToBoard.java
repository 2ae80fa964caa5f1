package org.custodes.complaint;

import java.time.LocalDate;
import java.util.List;

import org.custodes.shared.AuditableEvent;
import org.custodes.shared.OrganisationId;

/**
 * A complaint's outcome is a referral to the Board: a compliance concern about the company for the sanctions
 * ladder. It carries the Code paragraphs concerned and nothing of the complaint's content.
 */
public record ComplaintReferredToBoard(OrganisationId company, ComplaintReference complaint, LocalDate referredOn,
        List<Integer> codeParagraphs) implements AuditableEvent {

    public ComplaintReferredToBoard {
        codeParagraphs = List.copyOf(codeParagraphs);
    }

    @Override
    public String auditSubject() {
        return "complaint:" + complaint;
    }
}
