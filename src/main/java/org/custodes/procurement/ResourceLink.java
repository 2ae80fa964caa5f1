package org.custodes.procurement;

import java.net.URI;

/** Where a resource can be read in one language: an ISO 639-1 code and an absolute http(s) address. */
public record ResourceLink(String language, URI url) {
}
