package org.custodes.training;

import java.time.LocalDate;

/** The answer to an enrolment: the person and their code, which is shown this once and never stored in clear. */
public record Enrolment(LearnerId learner, String code, LocalDate codeExpiresOn) {
}
