package org.custodes.training.personnel;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What is wrong in a personnel file, where: the row as numbered in the file (the header is row 1), the column
 * (one of {@link PersonnelFile#COLUMNS}; null for the whole row or file) and a message key with its arguments.
 */
public record PersonnelProblem(int row, @Nullable String column, String messageKey, List<String> arguments) {
}
