package org.custodes.governance.resolution;

/** The quorum (directors taking part), the majority and the default voting window of new resolutions. */
public record ResolutionRules(int quorum, Majority majority, int votingWindowDays) {
}
