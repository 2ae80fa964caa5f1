package org.custodes.training;

import java.util.UUID;

/** A person enrolled for training. It is also the pseudonymous subject of their credentials. */
public record LearnerId(UUID value) implements java.io.Serializable {
}
