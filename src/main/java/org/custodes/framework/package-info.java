/**
 * The Code of Conduct as versioned structured data (sections, paragraphs) and the indicator library that companies
 * report against: indicator types, answer types, conditions, weights and translations, in immutable library versions
 * that import and export as spreadsheets and JSON. It does not hold answers; the reporting module does.
 */
@ApplicationModule(displayName = "Framework", allowedDependencies = "shared")
@NullMarked
package org.custodes.framework;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
