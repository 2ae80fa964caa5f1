package org.custodes.governance.assembly;

import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * An item of a General Assembly's agenda: its title, the link to its document, and the motion put under it with the
 * member organisations that moved and seconded it (none for an item for information).
 */
public record AgendaItem(int position, String title, @Nullable String documentLink, @Nullable String motion,
        @Nullable OrganisationId mover, @Nullable OrganisationId seconder) {
}
