package org.custodes.complaint;

/**
 * A ciphertext or wrapped key did not decrypt: altered, moved to another case or field, or sealed with another key.
 * Nothing is shown; the request fails.
 */
class CaseContentUnreadable extends IllegalStateException {

    CaseContentUnreadable(Throwable cause) {
        super("Complaint content could not be decrypted", cause);
    }
}
