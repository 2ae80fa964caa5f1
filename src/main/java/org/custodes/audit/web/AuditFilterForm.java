package org.custodes.audit.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import org.custodes.audit.AuditFilter;
import org.custodes.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filters of the audit page as typed. Kept as text so a mistyped id or date is shown back with its error
 * instead of silently ignored.
 */
record AuditFilterForm(@Nullable String action, @Nullable String subject, @Nullable String actor,
        @Nullable String from, @Nullable String to) {

    AuditFilter toFilter(Errors errors) {
        return new AuditFilter(action, subject, actorId(errors), date("from", from, errors), date("to", to, errors));
    }

    /** The page's own address with these filters, for the pager. */
    String query(int page) {
        var uri = UriComponentsBuilder.fromPath("/audit");
        add(uri, "action", action);
        add(uri, "subject", subject);
        add(uri, "actor", actor);
        add(uri, "from", from);
        add(uri, "to", to);
        return uri.queryParam("page", page).encode().build().toUriString();
    }

    private @Nullable UserId actorId(Errors errors) {
        if (actor == null || actor.isBlank()) {
            return null;
        }
        try {
            return new UserId(UUID.fromString(actor.trim()));
        } catch (IllegalArgumentException e) {
            errors.rejectValue("actor", "audit.filter.actor.invalid");
            return null;
        }
    }

    private static @Nullable LocalDate date(String field, @Nullable String value, Errors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "audit.filter.date.invalid");
            return null;
        }
    }

    private static void add(UriComponentsBuilder uri, String name, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            uri.queryParam(name, value.trim());
        }
    }
}
