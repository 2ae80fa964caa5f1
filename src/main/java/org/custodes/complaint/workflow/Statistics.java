package org.custodes.complaint.workflow;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.custodes.complaint.ComplaintStatistics;

/** Counts from the metadata columns only; purged cases keep these columns, so statistics survive retention. */
@Repository
public class Statistics {

    private final JdbcClient jdbc;

    Statistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ComplaintStatistics compute() {
        return new ComplaintStatistics(
                rows("extract(year from received_on)::int::text"),
                rows("category"),
                rows("coalesce(country, '-')"),
                rows("case when alleges_violation is null then 'PENDING' when against_member and alleges_violation "
                        + "then 'ADMISSIBLE' else 'NOT_ADMISSIBLE' end"),
                rows("coalesce(outcome, 'NONE')"));
    }

    // The expressions are constants of this class, never user input.
    private List<ComplaintStatistics.Row> rows(String expression) {
        return jdbc.sql("select " + expression + " as label, count(*) as n from complaint.complaint_case "
                        + "group by 1 order by 1")
                .query((row, n) -> ComplaintStatistics.Row.of(row.getString("label"), row.getLong("n"))).list();
    }
}
