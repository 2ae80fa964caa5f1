package org.custodes.training;

import java.util.UUID;

public record CompletionId(UUID value) {
}
