package org.custodes.oversight;

import java.time.LocalDate;

/** One day of a company's ranking history. */
public record RankPoint(LocalDate day, int rank, double score) {
}
