package org.custodes.governance.assembly;

/** The annual (ordinary) General Assembly, or one convened for a particular matter (extraordinary). */
public enum AssemblyKind {
    ORDINARY, EXTRAORDINARY
}
