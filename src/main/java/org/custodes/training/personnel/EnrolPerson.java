package org.custodes.training.personnel;

import org.custodes.shared.Language;
import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

public record EnrolPerson(OrganisationId organisation, String fullName, String personnelNumber, @Nullable String phone,
        Language language) {
}
