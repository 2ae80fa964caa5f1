package org.custodes.complaint;

/** Art 13: a harm complaint (someone harmed) or an evidence complaint (credible evidence of a violation). */
public enum ComplaintType {
    HARM, EVIDENCE
}
