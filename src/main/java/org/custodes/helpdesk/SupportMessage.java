package org.custodes.helpdesk;

import java.time.Instant;

import org.custodes.shared.UserId;

/** One message of a request's thread, from the requester's side or the secretariat's. */
public record SupportMessage(Side side, UserId author, String text, Instant postedAt) {

    public enum Side {
        REQUESTER, SECRETARIAT
    }
}
