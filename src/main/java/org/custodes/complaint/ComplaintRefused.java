package org.custodes.complaint;

import org.custodes.shared.BusinessRuleViolation;

/** A step the complaint rules do not allow (wrong status, excluded handler, paragraph out of the Code). */
public class ComplaintRefused extends BusinessRuleViolation {

    public ComplaintRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
