package org.custodes.monitoring;

/**
 * What monitoring holds against one company, as counts for the oversight ranking: observations still standing
 * (new or linked to a concern, observed since the window's start), concerns not yet resolved or referred, and
 * findings on those open concerns.
 */
public record CompanyMonitoringCounts(int standingObservations, int openConcerns, int openFindings) {
}
