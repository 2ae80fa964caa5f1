package org.custodes.governance.web;

import org.custodes.governance.resolution.VoteChoice;
import org.jspecify.annotations.Nullable;

/** A director's vote, or recusal with a reason when {@code choice} is absent and {@code recusal} is given. */
record CastVoteRequest(@Nullable VoteChoice choice, @Nullable String recusal) {
}
