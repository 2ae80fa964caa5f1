package org.custodes.monitoring.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Size;
import org.custodes.monitoring.actionplan.ProposedAction;
import org.custodes.monitoring.actionplan.VerificationMethod;
import org.jspecify.annotations.Nullable;

/**
 * A corrective action plan on a page that works without JavaScript: up to three actions, rows left empty ignored.
 * The rules (owner, due date not in the past, evidence, method) are the domain's, named at the row's field.
 */
record ProposePlanForm(
        @Size(max = 4000, message = "{monitoring.form.too-long}") @Nullable String description1, @Nullable String owner1,
        @Nullable LocalDate dueOn1, @Nullable String evidenceExpected1, @Nullable VerificationMethod verification1,
        @Size(max = 4000, message = "{monitoring.form.too-long}") @Nullable String description2, @Nullable String owner2,
        @Nullable LocalDate dueOn2, @Nullable String evidenceExpected2, @Nullable VerificationMethod verification2,
        @Size(max = 4000, message = "{monitoring.form.too-long}") @Nullable String description3, @Nullable String owner3,
        @Nullable LocalDate dueOn3, @Nullable String evidenceExpected3, @Nullable VerificationMethod verification3) {

    static final int ROWS = 3;

    static ProposePlanForm empty() {
        return new ProposePlanForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null);
    }

    /** The rows filled in, each with its row number (1 to 3), in order. */
    List<Row> filled() {
        var all = List.of(
                new Row(1, new ProposedAction(description1, owner1, dueOn1, evidenceExpected1, verification1)),
                new Row(2, new ProposedAction(description2, owner2, dueOn2, evidenceExpected2, verification2)),
                new Row(3, new ProposedAction(description3, owner3, dueOn3, evidenceExpected3, verification3)));
        var filled = new ArrayList<Row>();
        for (var row : all) {
            var a = row.action();
            if (!blank(a.description()) || !blank(a.owner()) || a.dueOn() != null || !blank(a.evidenceExpected())
                    || a.verification() != null) {
                filled.add(row);
            }
        }
        return filled;
    }

    /** The form field of a rule's field: "actions[1].dueOn" is the due date of the second row filled in. */
    static String field(List<Row> filled, String ruleField) {
        var matcher = java.util.regex.Pattern.compile("actions\\[(\\d+)]\\.(\\w+)").matcher(ruleField);
        if (!matcher.matches()) {
            return ruleField.equals("actions") ? "description1" : ruleField;
        }
        var index = Integer.parseInt(matcher.group(1));
        return matcher.group(2) + (index < filled.size() ? filled.get(index).number() : 1);
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    record Row(int number, ProposedAction action) {
    }
}
