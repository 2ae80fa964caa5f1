package org.custodes.complaint;

/** Whether the complainant first went to the company's own grievance mechanism. */
public enum GrievanceRaised {
    YES, NO, NOT_SURE
}
