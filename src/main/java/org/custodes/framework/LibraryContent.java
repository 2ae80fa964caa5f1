package org.custodes.framework;

import java.util.List;

/** A library that passed every check, ready to be saved as a new version. */
record LibraryContent(String codeVersion, List<QuestionnaireSection> sections, List<Indicator> indicators) {

    LibraryContent {
        sections = List.copyOf(sections);
        indicators = List.copyOf(indicators);
    }
}
