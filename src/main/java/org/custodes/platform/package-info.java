/**
 * How Custodes runs: the database (the embedded PostgreSQL of the quick start or a standalone server), the clock,
 * scheduling that runs each job once across nodes, and the checks that refuse unsafe production settings.
 * It owns no business data.
 */
@ApplicationModule(displayName = "Platform", allowedDependencies = "shared")
@NullMarked
package org.custodes.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
