package org.custodes.directory;

import java.time.LocalDate;

import org.custodes.shared.BusinessRuleViolation;

/** A verification was asked "as of" a day that has not ended yet: nobody can vouch for tomorrow's standing. */
public class VerificationDateInFuture extends BusinessRuleViolation {

    public VerificationDateInFuture(LocalDate asked, LocalDate today) {
        super("directory.verify.date.future", new Object[] { asked.toString(), today.toString() }, "asOf");
    }
}
