package org.custodes.complaint;

import java.util.List;

import org.custodes.complaint.intake.AttachmentPolicy;
import org.custodes.shared.CountryCode;
import org.custodes.shared.Language;
import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/** A complaint as received, from the public form, the API or an operator. */
public record SubmitComplaint(Channel channel, ComplainantRole role, ContactPreference contact,
        @Nullable ComplainantIdentity identity, @Nullable OrganisationId company, ComplaintCategory category,
        @Nullable CountryCode country, ComplaintNarrative narrative, Language language, List<IncomingFile> files) {

    /** The most files one submission may carry. */
    public static final int MAX_FILES = AttachmentPolicy.MAX_FILES;

    public SubmitComplaint {
        files = List.copyOf(files);
        if (!contact.givesIdentity()) {
            identity = null;
        }
    }

    @Override
    public String toString() {
        return "SubmitComplaint[" + channel + ", " + category + "]";
    }
}
