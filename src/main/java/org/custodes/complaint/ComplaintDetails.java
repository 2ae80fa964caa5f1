package org.custodes.complaint;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.custodes.complaint.casefile.AttachmentView;
import org.custodes.complaint.casefile.IdentityRequestView;
import org.custodes.complaint.casefile.MessageView;
import org.custodes.complaint.casefile.NoteView;

/**
 * A case as its handlers see it. The identity is present only after a custodian approved this handler's request;
 * until then {@code identityHeld} says that one exists in escrow.
 */
public record ComplaintDetails(ComplaintSummary summary, ComplainantRole complainantRole, ContactPreference contact,
        ComplaintNarrative narrative, boolean identityHeld, @Nullable ComplainantIdentity identity,
        @Nullable ComplaintType type, @Nullable Boolean againstMember, @Nullable Boolean allegesViolation,
        @Nullable ResolutionPath path, @Nullable String companyExcerpt, @Nullable String companyResponse,
        @Nullable Outcome outcome, Set<Integer> codeParagraphs, List<MessageView> messages,
        List<AttachmentView> attachments, List<NoteView> notes, List<IdentityRequestView> identityRequests) {

    public ComplaintDetails {
        codeParagraphs = Set.copyOf(codeParagraphs);
        messages = List.copyOf(messages);
        attachments = List.copyOf(attachments);
        notes = List.copyOf(notes);
        identityRequests = List.copyOf(identityRequests);
    }
}
