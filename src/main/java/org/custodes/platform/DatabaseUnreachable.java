package org.custodes.platform;

/** The configured PostgreSQL server did not answer; start-up stops with one line that says what to do. */
class DatabaseUnreachable extends RuntimeException {

    private final String url;

    DatabaseUnreachable(String url, Throwable cause) {
        super("Cannot reach PostgreSQL at " + url + ": " + cause.getMessage(), cause);
        this.url = url;
    }

    String url() {
        return url;
    }
}
