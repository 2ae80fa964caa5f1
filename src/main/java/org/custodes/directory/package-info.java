/**
 * The public face of the registry: one standing per company derived from membership, certification and sanctions
 * events (with its history, so "standing as of a date" can be answered), the public directory, the signed
 * verification API, and clients' watchlists and webhooks. It changes no other module's state. Every company in the
 * organisation registry is listed; one that membership never decided about stands as NOT_A_MEMBER, which is what a
 * client checking it needs to read.
 */
@ApplicationModule(displayName = "Directory", allowedDependencies = { "shared", "organisation", "membership", "certification", "notification", "identity" })
@NullMarked
package org.custodes.directory;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
