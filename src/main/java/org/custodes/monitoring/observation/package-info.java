/**
 * Observations from civil society, media, clients and states: recorded with the source's reliability and the
 * information's credibility (the source's identity sealed at rest), then triaged by the secretariat.
 */
@NullMarked
package org.custodes.monitoring.observation;

import org.jspecify.annotations.NullMarked;
