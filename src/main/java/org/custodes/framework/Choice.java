package org.custodes.framework;

import org.jspecify.annotations.Nullable;

/** One option of a choice indicator; its score (0 to 100) counts when the option is chosen, if it has one. */
public record Choice(String code, Texts label, @Nullable Integer score) {
}
