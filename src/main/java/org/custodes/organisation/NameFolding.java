package org.custodes.organisation;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds names for searching: lower case, accents removed, the same way in Java and in PostgreSQL. The database's
 * {@code lower()} depends on its locale and {@code unaccent} is an extension a managed server may lack, so both sides
 * use one {@code translate()} table built here from the Latin, Greek and Cyrillic letters.
 */
final class NameFolding {

    static final String FROM;
    static final String TO;

    static {
        var from = new StringBuilder();
        var to = new StringBuilder();
        int[][] ranges = { { 0x00C0, 0x024F }, { 0x0370, 0x03FF }, { 0x0400, 0x04FF } };
        for (var range : ranges) {
            for (var c = range[0]; c <= range[1]; c++) {
                if (!Character.isLetter(c)) {
                    continue;
                }
                var folded = stripMarks(String.valueOf((char) c).toLowerCase(Locale.ROOT));
                if (folded.length() == 1 && folded.charAt(0) != c) {
                    from.append((char) c);
                    to.append(folded);
                }
            }
        }
        FROM = from.toString();
        TO = to.toString();
    }

    private NameFolding() {
    }

    /** The folded form of a search term, matching what {@link #sql} makes of a column. */
    static String fold(String text) {
        var folded = new StringBuilder(text.length());
        for (var i = 0; i < text.length(); i++) {
            var c = text.charAt(i);
            var at = FROM.indexOf(c);
            folded.append(at >= 0 ? TO.charAt(at) : c);
        }
        return folded.toString().toLowerCase(Locale.ROOT);
    }

    /** The SQL expression folding {@code column}; binds the parameters {@code foldFrom} and {@code foldTo}. */
    static String sql(String column) {
        return "lower(translate(" + column + ", :foldFrom, :foldTo))";
    }

    private static String stripMarks(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
