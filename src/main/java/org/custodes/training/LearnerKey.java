package org.custodes.training;

import java.io.Serializable;

import org.custodes.shared.OrganisationId;

/**
 * Who is learning: obtained only from {@link TrainingService#signInWithCode}, and kept in the learner's session. Every
 * learner query is bounded by it.
 */
public record LearnerKey(OrganisationId organisation, LearnerId learner) implements Serializable {
}
