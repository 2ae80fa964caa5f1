/**
 * Evidence from the field through ODK Collect: missions with their own RSA key pair, mission forms (versioned,
 * translated, served as XForms), devices with per-device credentials, and the OpenRosa form list, download and
 * submission. Encrypted submissions are decrypted here and kept sealed at rest. It does not run the missions
 * themselves or turn submissions into monitoring records (a later part of issue 13). Its {@code survey} part runs
 * anonymous worker-voice surveys; it reads organisations only to find the demo companies.
 */
@ApplicationModule(displayName = "Field voice", allowedDependencies = { "shared", "organisation" })
@NullMarked
package org.custodes.fieldvoice;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
