package org.custodes.organisation;

import org.custodes.shared.BusinessRuleViolation;

/**
 * A change to the registry that breaks one of its rules. It names the fact at fault so that a form can show the
 * message next to the field that caused it.
 */
public class OrganisationRefused extends BusinessRuleViolation {

    private final String field;

    OrganisationRefused(String field, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.field = field;
    }

    /** The fact at fault, named as in {@link RegisterOrganisation} (for example {@code website}). */
    public String field() {
        return field;
    }
}
