package org.custodes.helpdesk;

/**
 * Where a support request stands: open (the secretariat's turn), waiting for the requester (the secretariat asked
 * for more), answered, or closed. A reply from the requester opens it again.
 */
public enum SupportStatus {
    OPEN, WAITING_FOR_REQUESTER, ANSWERED, CLOSED
}
