package org.custodes.helpdesk;

/** What a support request is about. */
public enum SupportCategory {
    MEMBERSHIP_BARRIER, CODE_REQUIREMENT, CERTIFICATION, SELF_ASSESSMENT, TRAINING, OTHER
}
