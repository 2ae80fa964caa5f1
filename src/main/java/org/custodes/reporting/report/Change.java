package org.custodes.reporting.report;

/** How an answer compares with the company's answer of the year before. */
public enum Change {
    NO_HISTORY, UNCHANGED, CHANGED, NEW
}
