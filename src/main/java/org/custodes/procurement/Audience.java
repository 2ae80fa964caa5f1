package org.custodes.procurement;

/** Who a resource is written for. */
public enum Audience {
    CLIENTS, COMPANIES, CIVIL_SOCIETY, STATES
}
