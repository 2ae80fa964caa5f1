package org.custodes.complaint;

/**
 * Complaints about one company, as counts only (never who complained or what they said), for the oversight
 * ranking: cases still open, and cases received since the window's start.
 */
public record CompanyComplaintCounts(int open, int recent) {
}
