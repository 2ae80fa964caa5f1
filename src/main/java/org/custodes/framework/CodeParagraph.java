package org.custodes.framework;

/** A numbered paragraph of the Code, with our own short title (never the Code's text). */
public record CodeParagraph(int number, String sectionLetter, String title) {
}
