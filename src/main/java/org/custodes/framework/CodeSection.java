package org.custodes.framework;

import java.util.List;

/** A lettered section of the Code (A to H in 2010) and its paragraphs, which may be none (definitions). */
public record CodeSection(String letter, String title, List<CodeParagraph> paragraphs) {

    public CodeSection {
        paragraphs = List.copyOf(paragraphs);
    }
}
