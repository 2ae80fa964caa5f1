package org.custodes.training;

import org.custodes.shared.Language;

/** How many of a company's enrolled personnel hold a completion of a course in a language (counts only). */
public record CoverageFigure(CourseId course, String courseCode, Language language, long trained, long personnel) {

    public int percent() {
        return personnel == 0 ? 0 : (int) (trained * 100 / personnel);
    }
}
