package org.custodes.monitoring.concern;

import java.util.Set;

import org.custodes.monitoring.ConcernCategory;
import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * A compliance concern about a member company, from an observation (which is then linked to it), a complaint, a
 * self-assessment answer, a certification audit finding (by their references) or directly.
 */
public record OpenConcern(OrganisationId company, ConcernCategory category, ConcernOrigin origin,
        @Nullable String originReference, String summary, Set<Integer> codeParagraphs) {

    public OpenConcern {
        codeParagraphs = Set.copyOf(codeParagraphs);
    }
}
