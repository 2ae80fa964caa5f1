package org.custodes.certification.standard;

import java.time.LocalDate;
import java.util.List;
import org.custodes.certification.StandardCode;

/** A recognised standard: which recognition statement applies and the additional (Annex B) items it requires. */
public record StandardDetails(StandardCode code, String name, String recognitionVersion, LocalDate recognisedOn,
        List<String> annexBItems, boolean active) {

    public StandardDetails {
        annexBItems = List.copyOf(annexBItems);
    }
}
