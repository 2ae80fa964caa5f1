package org.custodes.framework;

/** What an indicator measures: a commitment (procedural), an ongoing effort (performance) or an end state (outcome). */
public enum IndicatorType {
    PROCEDURAL, PERFORMANCE, OUTCOME
}
