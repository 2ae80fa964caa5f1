package org.custodes.fieldvoice.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new field mission, as JSON. */
record OpenCaptureMissionRequest(@NotBlank @Size(max = 200) String name) {
}
