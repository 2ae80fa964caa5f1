package org.custodes.organisation;

import org.custodes.shared.BusinessRuleViolation;

/**
 * A change to the registry that breaks one of its rules. It names the fact at fault so that a form can show the
 * message next to the field that caused it.
 */
public class OrganisationRefused extends BusinessRuleViolation {

    OrganisationRefused(String field, String messageKey, Object... arguments) {
        super(messageKey, arguments, field);
    }
}
