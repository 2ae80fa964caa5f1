package org.custodes.membership.application;

import java.util.Optional;

/** The steps of the application form, in the order the applicant goes through them. */
public enum ApplicationStep {
    ORGANISATION, OPERATIONS, LEGAL, POLICIES, REFERENCES, DECLARATION;

    public Optional<ApplicationStep> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<ApplicationStep> fromSlug(String slug) {
        for (var step : values()) {
            if (step.slug().equals(slug)) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }
}
