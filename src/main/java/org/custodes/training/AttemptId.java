package org.custodes.training;

import java.util.UUID;

public record AttemptId(UUID value) {
}
