/**
 * Messages to people, in their language: e-mail written to a transactional outbox in the same transaction as the
 * change that causes it, then sent over SMTP by a relay that retries and never sends twice. Without SMTP the
 * messages wait on the local outbox page. It does not decide who is told what; the other modules do.
 */
@ApplicationModule(displayName = "Notifications", allowedDependencies = "shared")
@NullMarked
package org.custodes.notification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
