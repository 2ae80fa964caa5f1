package org.custodes.identity;

import java.io.Serializable;

import org.custodes.shared.UserId;

/**
 * Who passed the password step but not yet the second factor, and whether they have an authenticator to type a code
 * from: the principal of a partial sign-in, kept in the session between the two steps.
 */
public record PendingSignIn(UserId account, String email, boolean enrolled) implements Serializable {
}
