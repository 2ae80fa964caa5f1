package org.custodes.governance.web;

import jakarta.validation.constraints.NotNull;
import org.custodes.governance.resolution.VoteChoice;
import org.jspecify.annotations.Nullable;

/** A director's vote on a resolution. */
record CastVoteForm(@NotNull(message = "{governance.form.choose}") @Nullable VoteChoice choice) {
}
