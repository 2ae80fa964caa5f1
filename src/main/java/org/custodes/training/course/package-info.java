/**
 * Courses: their content (lessons, media, quizzes) per language, the catalogue, publication and translation
 * progress, and the demo courses.
 */
@NullMarked
package org.custodes.training.course;

import org.jspecify.annotations.NullMarked;
