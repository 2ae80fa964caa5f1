package org.custodes.fieldvoice.web;

import jakarta.validation.constraints.NotNull;
import org.custodes.fieldvoice.FormTemplate;
import org.jspecify.annotations.Nullable;

/** A mission form to publish (its current version). */
record PublishFormForm(@NotNull(message = "{fieldvoice.form.choose}") @Nullable FormTemplate template) {
}
