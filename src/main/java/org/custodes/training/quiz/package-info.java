/**
 * Taking a course: the lesson and quiz pages, the quiz rules and their outcome, progress through the course, and
 * completion.
 */
@NullMarked
package org.custodes.training.quiz;

import org.jspecify.annotations.NullMarked;
