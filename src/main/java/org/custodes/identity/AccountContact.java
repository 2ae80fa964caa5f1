package org.custodes.identity;

import org.custodes.shared.Language;

/** Where and in which language to write to a person with an active account. */
public record AccountContact(String email, Language language) {
}
