package org.custodes.directory;

/**
 * A company's public standing, the one word the directory and the verification API give to clients. It is derived
 * from membership decisions (and, once that module publishes them, certification), never entered by hand.
 */
public enum Standing {
    CERTIFIED_MEMBER, MEMBER, AFFILIATE, APPLICANT, SUSPENDED, TERMINATED, WITHDRAWN, NOT_A_MEMBER
}
