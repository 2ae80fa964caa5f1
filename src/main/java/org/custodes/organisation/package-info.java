/**
 * The organisations Custodes knows: the three pillars (companies, civil-society organisations, states), observers,
 * clients, certification bodies and the oversight body itself; their names, countries, services and contacts.
 * Membership status lives in the membership module, not here.
 */
@ApplicationModule(displayName = "Organisations", allowedDependencies = "shared")
@NullMarked
package org.custodes.organisation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
