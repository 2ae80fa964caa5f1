package org.custodes.certification.certificate;

import java.util.List;

/**
 * Why one value of a bulk load was refused: the row (1 for the first data row, or the position in a JSON array),
 * the column (or JSON field), and a message key with its arguments.
 */
public record CertificateImportProblem(int row, String column, String messageKey, List<String> arguments) {

    public CertificateImportProblem {
        arguments = List.copyOf(arguments);
    }
}
