/**
 * The shell every page shares: layout, navigation per role, language switch (with right-to-left Arabic), the public
 * home page, the signed-in workspace and the error pages. It holds no business rules.
 */
@ApplicationModule(displayName = "Web shell", allowedDependencies = { "shared", "identity" })
@NullMarked
package org.custodes.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
