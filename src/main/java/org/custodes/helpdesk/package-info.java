/**
 * Support requests: companies, civil-society organisations and states ask the secretariat for help and follow the
 * answer as a ticket (category, assignment, internal notes, status, the first answer's service level), and the
 * frequently asked questions the secretariat publishes from answers. It does not decide anything about membership.
 */
@ApplicationModule(displayName = "Helpdesk", allowedDependencies = { "shared", "identity", "notification" })
@NullMarked
package org.custodes.helpdesk;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
