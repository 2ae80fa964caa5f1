package org.custodes.monitoring.observation;

/**
 * The reliability of the source, the letter half of the 4x4 grading (Europol's 4x4, itself the Admiralty code's
 * A-F scale cut to four grades): A reliable, B mostly reliable, C not reliable, X cannot be judged.
 */
public enum SourceReliability {
    A, B, C, X
}
