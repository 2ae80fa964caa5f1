package org.custodes.helpdesk;

import org.custodes.shared.OrganisationId;
import org.custodes.shared.UserId;

/** Who acts on a request: a person of an organisation, for the secretariat or not. */
record Participant(UserId user, OrganisationId organisation, boolean secretariat) {
}
