package org.custodes.complaint;

/** How the complainant wants to be known: not at all, to the handlers only, or openly. */
public enum ContactPreference {
    ANONYMOUS, CONFIDENTIAL, OPEN;

    public boolean givesIdentity() {
        return this != ANONYMOUS;
    }
}
