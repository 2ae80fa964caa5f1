package org.custodes.procurement;

/** What sort of document a resource is. */
public enum ResourceKind {
    GUIDANCE, TOOLKIT, CASE_STUDY, TEMPLATE, PRINCIPLES
}
