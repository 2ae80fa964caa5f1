package org.custodes.training;

import java.util.List;

import org.custodes.shared.Language;
import org.custodes.training.course.TranslationProgress;

public record CourseSummary(CourseId id, String code, String title, int version, Language sourceLanguage,
        List<TranslationProgress> translations) {
}
