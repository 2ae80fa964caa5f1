package org.custodes.membership.application;

/** Something the application still needs before it can be submitted, on the step where it is entered. */
public record MissingItem(ApplicationStep step, String messageKey) {
}
