package org.custodes.membership;

import java.time.LocalDate;

/** The company's latest accepted self-assessment: its campaign year, and whether the reviewer found it satisfactory. */
public record LatestSelfAssessment(int year, boolean satisfactory, LocalDate acceptedOn) {
}
