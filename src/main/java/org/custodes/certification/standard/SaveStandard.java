package org.custodes.certification.standard;

import java.time.LocalDate;
import java.util.List;
import org.custodes.certification.StandardCode;

/** Recognise a standard, or change an existing one's recognition statement and Annex B items. */
public record SaveStandard(StandardCode code, String name, String recognitionVersion, LocalDate recognisedOn,
        List<String> annexBItems, boolean active) {

    public SaveStandard {
        annexBItems = annexBItems.stream().map(String::strip).filter(item -> !item.isEmpty()).toList();
    }
}
