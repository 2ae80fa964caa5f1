/**
 * What the body offers clients: the resources library (guidance, toolkits, case studies, templates, with a note that
 * outside resources are for information only) and the procurement toolkit (tender-to-contract checklist, model clauses,
 * standing checks through the public directory). It owns no standing; it reads the directory's public facade.
 */
@ApplicationModule(displayName = "Procurement and resources", allowedDependencies = { "shared", "directory", "organisation" })
@NullMarked
package org.custodes.procurement;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
