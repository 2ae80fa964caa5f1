package org.custodes.training.course;

/** One text of a course version with its source and (possibly missing) translation, for the translation page. */
public record TextItem(String key, String source, String translation) {
}
