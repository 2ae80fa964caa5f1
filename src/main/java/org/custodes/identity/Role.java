package org.custodes.identity;

import java.util.EnumSet;
import java.util.Set;

/** The roles of Custodes. What each may do is data (role to permissions), not code. */
public enum Role {
    SECRETARIAT_ADMIN, SECRETARIAT_OFFICER, BOARD_MEMBER, COMPANY_REPRESENTATIVE, CSO_REPRESENTATIVE,
    STATE_REPRESENTATIVE, CERTIFICATION_BODY_AUDITOR, CLIENT, OBSERVER;

    /** Roles whose holders must sign in with a second factor. */
    public static final Set<Role> SECOND_FACTOR_REQUIRED = EnumSet.of(SECRETARIAT_ADMIN, SECRETARIAT_OFFICER, BOARD_MEMBER);

    public String authority() {
        return "ROLE_" + name();
    }
}
