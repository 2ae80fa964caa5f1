package org.custodes.procurement;

import org.custodes.support.TestActors;

/** The people of procurement's tests: the secretariat that manages resources, and a client. */
final class ProcurementActors {

    private ProcurementActors() {
    }

    static TestActors secretariat() {
        return TestActors.holding("procurement:manage-resources");
    }

    static TestActors client() {
        return TestActors.holding("directory:watch");
    }
}
