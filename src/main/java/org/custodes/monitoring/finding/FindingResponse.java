package org.custodes.monitoring.finding;

/** The company's answer to a finding: none yet, acknowledged, or disputed with its reasons. */
public enum FindingResponse {
    AWAITING, ACKNOWLEDGED, DISPUTED
}
