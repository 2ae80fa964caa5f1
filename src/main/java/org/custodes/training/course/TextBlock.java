package org.custodes.training.course;

/** A heading or a paragraph of a lesson. */
public record TextBlock(boolean heading, String text) {
}
