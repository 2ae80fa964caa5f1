package org.custodes.monitoring.observation;

/**
 * The credibility of the information, the number half of the 4x4 grading: 1 known to be true without reservation,
 * 2 known personally to the source, 3 not known personally to the source but corroborated, 4 cannot be judged.
 */
public enum InformationCredibility {
    ONE, TWO, THREE, FOUR
}
