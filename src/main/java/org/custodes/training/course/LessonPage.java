package org.custodes.training.course;

import java.util.List;

import org.custodes.shared.Language;
import org.custodes.training.CourseId;
import org.jspecify.annotations.Nullable;

public record LessonPage(CourseId course, int version, Language language, String courseTitle, String moduleTitle,
        String lessonId, String title, List<TextBlock> blocks, @Nullable MediaRef audio, @Nullable String nextLesson,
        boolean lastLesson) {
}
