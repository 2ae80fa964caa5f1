package org.custodes.complaint.casefile;

import java.util.UUID;

/** A file of a case, by its cleaned name; the content is fetched separately and served as a download. */
public record AttachmentView(UUID id, String name, String mediaType) {
}
