package org.custodes.complaint;

/** Who is complaining, in relation to the harm. */
public enum ComplainantRole {
    AFFECTED_PERSON, REPRESENTATIVE, WORKER, CIVIL_SOCIETY_ORGANISATION, WITNESS
}
