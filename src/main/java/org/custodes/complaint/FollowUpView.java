package org.custodes.complaint;

import java.time.LocalDate;
import java.util.List;
import org.custodes.complaint.casefile.AttachmentView;
import org.custodes.complaint.casefile.MessageView;

/** What an anonymous complainant sees after signing in with the receipt. */
public record FollowUpView(ComplaintReference reference, ComplaintStatus status, LocalDate receivedOn,
        List<MessageView> messages, List<AttachmentView> myFiles) {

    public FollowUpView {
        messages = List.copyOf(messages);
        myFiles = List.copyOf(myFiles);
    }
}
