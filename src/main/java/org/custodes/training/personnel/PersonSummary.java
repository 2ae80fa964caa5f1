package org.custodes.training.personnel;

import org.custodes.shared.Language;
import org.custodes.training.LearnerId;
import org.jspecify.annotations.Nullable;

public record PersonSummary(LearnerId id, String fullName, String personnelNumber, @Nullable String phone,
        Language language, long completions, @Nullable String site) {
}
