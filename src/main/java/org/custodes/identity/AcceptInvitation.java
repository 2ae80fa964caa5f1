package org.custodes.identity;

/** The invited person's answer: the secret from their link, the name they go by and the password they chose. */
public record AcceptInvitation(String token, String displayName, String password) {

    @Override
    public String toString() {
        return "AcceptInvitation[" + displayName + "]";
    }
}
