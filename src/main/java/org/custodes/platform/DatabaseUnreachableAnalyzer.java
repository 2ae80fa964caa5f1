package org.custodes.platform;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Replaces the stack trace of an unreachable database with what was tried and what to do about it. */
class DatabaseUnreachableAnalyzer extends AbstractFailureAnalyzer<DatabaseUnreachable> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DatabaseUnreachable cause) {
        return new FailureAnalysis(
                "Custodes could not connect to PostgreSQL at " + cause.url() + " (" + rootMessage(cause) + ").",
                "Start that server or correct CUSTODES_DB_URL, CUSTODES_DB_USER and CUSTODES_DB_PASSWORD; "
                        + "unset CUSTODES_DB_URL to use the embedded PostgreSQL instead.",
                null);
    }

    private static String rootMessage(Throwable failure) {
        var root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }
}
