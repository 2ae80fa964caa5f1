/**
 * Field-based reviews (missions): why a mission is made (an information review, a human-rights risk assessment, or a
 * member's request, with who asked), its plan (country, companies, sites, whom to meet, the team of secretariat
 * staff and civil-society partners, dates, budget line, security notes sealed at rest), its course (planned → in
 * progress → completed, or cancelled) and the interviews recorded during it: by role, never a name without consent,
 * the notes sealed at rest like observation text. Field voice's ODK missions stay apart for now.
 */
@NullMarked
package org.custodes.monitoring.mission;

import org.jspecify.annotations.NullMarked;
