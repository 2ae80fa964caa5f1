package org.custodes.training.personnel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.custodes.shared.CountryCode;
import org.custodes.shared.Language;
import org.custodes.shared.UploadedWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * Reads a company's personnel file, CSV (UTF-8) or XLSX (first sheet): a header row, then one person per row. Columns
 * are matched by name, ignoring case, spaces, hyphens and underscores: name, employee number, phone and e-mail
 * (both optional), site, country (ISO 3166 alpha-2), role, language (en, fr, es, ar). Every bad cell is reported
 * with its row and column, and a file with any is refused whole.
 */
public final class PersonnelFile {

    static final int MAX_ROWS = 100_000;
    static final List<String> COLUMNS = List.of("name", "employeeNumber", "phone", "email", "site", "country", "role",
            "language");
    private static final List<String> REQUIRED = List.of("name", "employeeNumber", "site", "country", "role", "language");
    private static final Map<String, String> ALIASES = Map.ofEntries(Map.entry("name", "name"),
            Map.entry("fullname", "name"), Map.entry("employeenumber", "employeeNumber"),
            Map.entry("employeeno", "employeeNumber"), Map.entry("personnelnumber", "employeeNumber"),
            Map.entry("phone", "phone"), Map.entry("mobile", "phone"), Map.entry("email", "email"),
            Map.entry("site", "site"), Map.entry("country", "country"), Map.entry("role", "role"),
            Map.entry("language", "language"));
    private static final Pattern NUMBER = Pattern.compile("[\\p{L}\\p{N}._/#-]{1,64}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()./-]{5,24}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    private static final int MAX_TEXT = 200;

    public record Person(int row, String fullName, String employeeNumber, @Nullable String phone, @Nullable String email,
            String site, String country, String role, Language language) {
    }

    public record Contents(List<Person> people, List<PersonnelProblem> problems) {
    }

    private record Row(int number, List<String> values) {
    }

    private PersonnelFile() {
    }

    public static Contents read(String fileName, byte[] content) {
        List<Row> rows;
        try {
            rows = fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? xlsxRows(content) : csvRows(content);
        } catch (IOException | UncheckedIOException | IllegalStateException | org.apache.poi.UnsupportedFileFormatException e) {
            return refused(new PersonnelProblem(1, null, "training.import.unreadable", List.of()));
        }
        rows = rows.stream().filter(r -> r.values().stream().anyMatch(v -> !v.isBlank())).toList();
        if (rows.isEmpty()) {
            return refused(new PersonnelProblem(1, null, "training.import.empty", List.of()));
        }
        var problems = new ArrayList<PersonnelProblem>();
        var header = rows.getFirst();
        var positions = new LinkedHashMap<String, Integer>();
        for (int i = 0; i < header.values().size(); i++) {
            var raw = header.values().get(i);
            var column = ALIASES.get(raw.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", ""));
            if (column == null) {
                if (!raw.isBlank()) {
                    problems.add(new PersonnelProblem(header.number(), null, "training.import.unknown-column", List.of(raw.strip())));
                }
            } else if (positions.putIfAbsent(column, i) != null) {
                problems.add(new PersonnelProblem(header.number(), column, "training.import.repeated-column", List.of()));
            }
        }
        REQUIRED.stream().filter(c -> !positions.containsKey(c))
                .forEach(c -> problems.add(new PersonnelProblem(header.number(), c, "training.import.missing-column", List.of())));
        if (rows.size() - 1 > MAX_ROWS) {
            problems.add(new PersonnelProblem(header.number(), null, "training.import.too-many-rows",
                    List.of(String.valueOf(MAX_ROWS))));
        }
        if (rows.size() == 1) {
            problems.add(new PersonnelProblem(header.number(), null, "training.import.no-people", List.of()));
        }
        if (!problems.isEmpty()) {
            return new Contents(List.of(), problems);
        }
        var people = new ArrayList<Person>();
        var firstRowOfNumber = new HashMap<String, Integer>();
        for (var row : rows.subList(1, rows.size())) {
            var cells = new Cells(row, positions, problems);
            var name = cells.text("name", true);
            var number = cells.matching("employeeNumber", NUMBER, "training.import.number-invalid", true);
            var phone = cells.matching("phone", PHONE, "training.import.phone-invalid", false);
            var email = cells.matching("email", EMAIL, "training.import.email-invalid", false);
            var site = cells.text("site", true);
            var country = cells.text("country", true);
            if (country != null && !CountryCode.isKnown(country.toUpperCase(Locale.ROOT))) {
                problems.add(new PersonnelProblem(row.number(), "country", "training.import.country-unknown", List.of(country)));
                country = null;
            }
            var role = cells.text("role", true);
            var languageText = cells.text("language", true);
            var language = languageText == null ? Optional.<Language>empty() : Language.fromCode(languageText.toLowerCase(Locale.ROOT));
            if (languageText != null && language.isEmpty()) {
                problems.add(new PersonnelProblem(row.number(), "language", "training.import.language-unknown", List.of(languageText)));
            }
            if (number != null) {
                var first = firstRowOfNumber.putIfAbsent(number, row.number());
                if (first != null) {
                    problems.add(new PersonnelProblem(row.number(), "employeeNumber", "training.import.duplicate-in-file",
                            List.of(number, String.valueOf(first))));
                }
            }
            if (name != null && number != null && site != null && country != null && role != null && language.isPresent()) {
                people.add(new Person(row.number(), name, number, phone, email, site, country.toUpperCase(Locale.ROOT), role,
                        language.get()));
            }
        }
        return problems.isEmpty() ? new Contents(people, List.of()) : new Contents(List.of(), problems);
    }

    /** The cells of one row, checked one column at a time; a bad cell adds its problem and reads as absent. */
    private record Cells(Row row, Map<String, Integer> positions, List<PersonnelProblem> problems) {

        @Nullable String text(String column, boolean required) {
            var position = positions.get(column);
            var value = position == null || position >= row.values().size() ? "" : row.values().get(position).strip();
            if (value.isEmpty()) {
                if (required) {
                    problems.add(new PersonnelProblem(row.number(), column, "training.import.required", List.of()));
                }
                return null;
            }
            if (value.length() > MAX_TEXT) {
                problems.add(new PersonnelProblem(row.number(), column, "training.import.too-long", List.of(String.valueOf(MAX_TEXT))));
                return null;
            }
            return value;
        }

        @Nullable String matching(String column, Pattern pattern, String messageKey, boolean required) {
            var value = text(column, required);
            if (value != null && !pattern.matcher(value).matches()) {
                problems.add(new PersonnelProblem(row.number(), column, messageKey, List.of()));
                return null;
            }
            return value;
        }
    }

    private static Contents refused(PersonnelProblem problem) {
        return new Contents(List.of(), List.of(problem));
    }

    private static List<Row> csvRows(byte[] content) throws IOException {
        var rows = new ArrayList<Row>();
        var text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        var header = firstLine(text);
        // Spreadsheets saved as CSV in French, Spanish or Arabic settings separate with semicolons.
        var separator = header.chars().filter(c -> c == ';').count() > header.chars().filter(c -> c == ',').count() ? ';' : ',';
        try (var parser = CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(false).get()
                .parse(new java.io.StringReader(text))) {
            int number = 0;
            for (var record : parser) {
                number++;
                rows.add(new Row(number, record.toList()));
                if (number > MAX_ROWS + 1) {
                    break;
                }
            }
        }
        return rows;
    }

    private static String firstLine(String text) {
        var end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    private static List<Row> xlsxRows(byte[] content) throws IOException {
        var rows = new ArrayList<Row>();
        var formatter = new DataFormatter(Locale.ROOT);
        try (var workbook = UploadedWorkbook.open(content)) {
            if (workbook.getNumberOfSheets() == 0) {
                return rows;
            }
            for (var row : workbook.getSheetAt(0)) {
                if (row.getRowNum() > MAX_ROWS + 1) {
                    break;
                }
                var values = new ArrayList<String>();
                for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                    var cell = row.getCell(c);
                    values.add(cell == null ? "" : formatter.formatCellValue(cell));
                }
                rows.add(new Row(row.getRowNum() + 1, values));
            }
        } catch (RuntimeException e) {
            throw new IOException("Unreadable workbook", e);
        }
        return rows;
    }
}
