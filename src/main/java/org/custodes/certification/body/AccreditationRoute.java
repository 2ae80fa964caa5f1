package org.custodes.certification.body;

/** How a certification body came to be accepted: accredited to a recognised standard, or ISO 17021 plus our check. */
public enum AccreditationRoute {
    DIRECT, ISO_17021_WITH_COMPETENCY_CHECK
}
