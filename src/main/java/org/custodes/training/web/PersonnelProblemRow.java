package org.custodes.training.web;

import java.util.List;
import java.util.Locale;

import org.custodes.training.personnel.PersonnelProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/** A problem of a personnel file in the reader's language: its row, the column's name and what is wrong. */
record PersonnelProblemRow(int row, @Nullable String column, String message) {

    static List<PersonnelProblemRow> of(List<PersonnelProblem> problems, MessageSource messages, Locale locale) {
        return problems.stream().map(p -> new PersonnelProblemRow(p.row(),
                p.column() == null ? null : messages.getMessage("training.import.column." + p.column(), null, p.column(), locale),
                messages.getMessage(p.messageKey(), p.arguments().toArray(), p.messageKey(), locale))).toList();
    }
}
