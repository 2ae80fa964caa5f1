package org.custodes.training.personnel;

import java.util.List;
import org.custodes.training.credential.IssuedCard;

/**
 * The answer to a personnel file: how many were enrolled and their cards. A replay (the same Idempotency-Key and
 * file again) enrols nobody and carries no cards, since codes are shown only once.
 */
public record PersonnelImport(java.util.UUID importId, int enrolled, boolean replayed, List<IssuedCard> cards) {

    /** The columns a personnel file may have, as their headers are written. */
    public static final List<String> COLUMNS = PersonnelFile.COLUMNS;
}
