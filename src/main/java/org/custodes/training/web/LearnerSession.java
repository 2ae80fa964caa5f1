package org.custodes.training.web;

import java.util.Optional;

import jakarta.servlet.http.HttpSession;

import org.custodes.training.LearnerKey;

/** The learner signed in with a code is remembered in the server-side session, never in the page. */
final class LearnerSession {

    private static final String ATTRIBUTE = "training.learner";

    private LearnerSession() {
    }

    static Optional<LearnerKey> of(HttpSession session) {
        return session.getAttribute(ATTRIBUTE) instanceof LearnerKey key ? Optional.of(key) : Optional.empty();
    }

    static void start(HttpSession session, LearnerKey key) {
        session.setAttribute(ATTRIBUTE, key);
    }

    static void end(HttpSession session) {
        session.removeAttribute(ATTRIBUTE);
    }
}
