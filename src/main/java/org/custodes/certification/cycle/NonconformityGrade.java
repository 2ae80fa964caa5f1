package org.custodes.certification.cycle;

/** How serious an audit finding is: a major nonconformity blocks certification until it is closed. */
public enum NonconformityGrade {
    MAJOR, MINOR
}
