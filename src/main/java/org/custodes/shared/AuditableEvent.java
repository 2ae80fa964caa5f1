package org.custodes.shared;

/**
 * Marks an event that must leave a row in the audit log. The audit module listens synchronously, so the row is
 * written in the transaction that caused the event. Implementations must never carry secrets (passwords, tokens,
 * complaint content): the whole record is stored as the row's details.
 */
public interface AuditableEvent {

    /** What the event is about, as {@code kind:id}, for filtering the log. */
    String auditSubject();

    /** The action's stable name, for example {@code identity.sign-in-failed}. */
    default String auditAction() {
        var name = getClass().getSimpleName();
        var module = getClass().getPackageName().replaceFirst("^org\\.custodes\\.", "").replaceFirst("\\..*$", "");
        return module + "." + name.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
