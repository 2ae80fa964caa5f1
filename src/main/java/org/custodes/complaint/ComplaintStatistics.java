package org.custodes.complaint;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Public aggregate counts. Every count below {@link #SUPPRESSION_THRESHOLD} is withheld ({@code null}), so that no
 * small group of complainants can be singled out.
 */
public record ComplaintStatistics(List<Row> byYear, List<Row> byCategory, List<Row> byCountry,
        List<Row> byAdmissibility, List<Row> byOutcome) {

    public static final int SUPPRESSION_THRESHOLD = 5;

    public ComplaintStatistics {
        byYear = List.copyOf(byYear);
        byCategory = List.copyOf(byCategory);
        byCountry = List.copyOf(byCountry);
        byAdmissibility = List.copyOf(byAdmissibility);
        byOutcome = List.copyOf(byOutcome);
    }

    /** One line: a label (year, category, country code, admissibility or outcome name) and its count if shown. */
    public record Row(String label, @Nullable Long count) {

        public static Row of(String label, long count) {
            return new Row(label, count < SUPPRESSION_THRESHOLD ? null : count);
        }

        public boolean suppressed() {
            return count == null;
        }
    }
}
