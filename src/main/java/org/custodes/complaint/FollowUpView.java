package org.custodes.complaint;

import java.time.LocalDate;
import java.util.List;

/** What an anonymous complainant sees after signing in with the receipt. */
public record FollowUpView(ComplaintReference reference, ComplaintStatus status, LocalDate receivedOn,
        List<MessageView> messages, List<AttachmentView> myFiles) {

    public FollowUpView {
        messages = List.copyOf(messages);
        myFiles = List.copyOf(myFiles);
    }
}
