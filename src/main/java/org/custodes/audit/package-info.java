/**
 * The append-only audit log: every security event and every {@link org.custodes.shared.AuditableEvent}, each row
 * chained to the previous one by a SHA-256 hash, and the verification that recomputes the chain. It depends on
 * nothing but the shared kernel, and nothing may change or delete its rows.
 */
@ApplicationModule(displayName = "Audit log", allowedDependencies = "shared")
@NullMarked
package org.custodes.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
