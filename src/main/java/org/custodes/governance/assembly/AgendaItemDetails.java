package org.custodes.governance.assembly;

import org.jspecify.annotations.Nullable;

/** An agenda item as the assembly's page shows it, with the names of the organisations that moved and seconded. */
public record AgendaItemDetails(int position, String title, @Nullable String documentLink, @Nullable String motion,
        @Nullable String moverName, @Nullable String seconderName) {
}
