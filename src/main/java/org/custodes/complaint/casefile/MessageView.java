package org.custodes.complaint.casefile;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One message of the conversation between the complainant and the handlers. */
public record MessageView(UUID id, boolean fromComplainant, LocalDate sentOn, String body,
        List<AttachmentView> attachments) {

    public MessageView {
        attachments = List.copyOf(attachments);
    }
}
