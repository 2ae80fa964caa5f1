package org.custodes.monitoring.finding;

/** A finding on a concern: the Code paragraph it is about, its severity, what was found and the evidence. */
public record RecordFinding(int codeParagraph, FindingSeverity severity, String statement, String evidence) {
}
