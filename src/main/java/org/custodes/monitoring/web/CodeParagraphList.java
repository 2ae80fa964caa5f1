package org.custodes.monitoring.web;

import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/** Code paragraphs typed as a list ("31, 32; 35"); a part that is no number is a field error. */
final class CodeParagraphList {

    private CodeParagraphList() {
    }

    static Set<Integer> parse(@Nullable String text, String field, BindingResult errors) {
        var result = new TreeSet<Integer>();
        if (text == null) {
            return result;
        }
        for (var part : text.split("[,;\\s]+")) {
            if (!part.isBlank()) {
                try {
                    result.add(Integer.valueOf(part.strip()));
                } catch (NumberFormatException e) {
                    errors.rejectValue(field, "monitoring.form.paragraphs", new Object[] { part.strip() }, null);
                    return Set.of();
                }
            }
        }
        return result;
    }
}
