package org.custodes.training.personnel;

import org.custodes.shared.Language;
import org.custodes.training.CompletionId;
import org.custodes.training.CourseId;
import org.jspecify.annotations.Nullable;

/** A course as a learner sees it in their list, in the language it is shown in. */
public record LearnerCourse(CourseId id, int version, Language language, String title, String summary, int lessons,
        int lessonsSeen, @Nullable CompletionId completion, @Nullable String firstLesson) {
}
