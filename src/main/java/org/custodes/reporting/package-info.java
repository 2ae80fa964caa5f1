/**
 * The yearly self-assessment: campaigns over a frozen version of the indicator library, reports filled over many
 * sittings with evidence, submission, review with clarification requests, scoring, feedback and analytics. It tells
 * membership what it must know through events; it does not decide membership status.
 */
@ApplicationModule(displayName = "Reporting",
        allowedDependencies = { "shared", "framework", "organisation", "notification", "identity" })
@NullMarked
package org.custodes.reporting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
