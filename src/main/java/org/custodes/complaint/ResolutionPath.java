package org.custodes.complaint;

/** Where an admissible complaint is taken for remedy (Art 13: the company's mechanism, good offices or another). */
public enum ResolutionPath {
    COMPANY_MECHANISM, GOOD_OFFICES, OTHER_MECHANISM
}
