package org.custodes.fieldvoice.survey;

import java.util.UUID;

/** A survey as listed: its latest version, whether a round froze it, and how many recordings it has. */
public record SurveySummary(UUID id, String title, UUID version, int number, boolean frozen, int recordings) {
}
