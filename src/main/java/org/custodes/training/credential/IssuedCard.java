package org.custodes.training.credential;

import java.time.LocalDate;
import org.custodes.training.LearnerId;

/** A person's printable card: their code, shown this once (only its hash is kept), and where they work. */
public record IssuedCard(LearnerId learner, String fullName, String personnelNumber, String site, String code,
        LocalDate codeExpiresOn) {
}
