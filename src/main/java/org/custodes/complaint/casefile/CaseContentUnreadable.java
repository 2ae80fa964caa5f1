package org.custodes.complaint.casefile;

/**
 * A ciphertext or wrapped key did not decrypt: altered, moved to another case or field, or sealed with another key.
 * Nothing is shown; the request fails.
 */
public class CaseContentUnreadable extends IllegalStateException {

    public CaseContentUnreadable(Throwable cause) {
        super("Complaint content could not be decrypted", cause);
    }
}
