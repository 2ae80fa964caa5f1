package org.custodes.fieldvoice.survey;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A round's results after disclosure control: per counted question, one row per company and country with the
 * number of each answer, or null where the figure is hidden.
 */
public record Results(UUID round, String name, RoundStatus status, int minimumAnswers, List<Question> questions) {

    public record Question(String code, String text, List<String> options, List<Row> rows,
            List<@Nullable Integer> optionTotals) {
    }

    public record Row(String company, String country, List<@Nullable Integer> cells, @Nullable Integer total) {

        public boolean hidden() {
            return total == null;
        }
    }
}
