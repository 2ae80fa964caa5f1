package org.custodes.certification.certificate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.custodes.certification.CertificateStatus;
import org.custodes.certification.StandardCode;
import org.custodes.organisation.SecurityService;
import org.custodes.shared.CountryCode;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.UploadedWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * Reads a bulk load of certificates from CSV or XLSX: one certificate per row, columns named as in the JSON API
 * (case, spaces and underscores do not matter). Rows are numbered as in the file, the header being row 1. Lists
 * (services, countries) are separated by semicolons; dates are written YYYY-MM-DD (or are date cells in XLSX).
 */
public final class CertificateFile {

    static final int MAX_ROWS = 5_000;
    public static final List<String> COLUMNS = List.of("certificateNumber", "standard", "certificationBody", "companyId",
            "companyName", "services", "countries", "sites", "originalIssueDate", "currentIssueDate", "expiryDate",
            "conditions", "status");
    private static final Set<String> REQUIRED = Set.of("certificateNumber", "standard", "currentIssueDate");

    /** The rows that could be read into certificates, each with its row number, and the values that could not. */
    public record Contents(List<RecordCertificate> certificates, List<Integer> rowNumbers, List<CertificateImportProblem> problems) {
    }

    private CertificateFile() {
    }

    public static boolean isSpreadsheet(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    public static Contents read(String fileName, byte[] content, Function<String, Optional<OrganisationId>> bodyByName) {
        var rows = isSpreadsheet(fileName) ? xlsxRows(content) : csvRows(content);
        var problems = new ArrayList<CertificateImportProblem>();
        if (rows.isEmpty()) {
            problems.add(new CertificateImportProblem(1, "", "certification.bulk.empty", List.of()));
            return new Contents(List.of(), List.of(), problems);
        }
        var header = rows.getFirst().values();
        var positions = new LinkedHashMap<String, Integer>();
        for (int i = 0; i < header.size(); i++) {
            var column = canonical(header.get(i));
            if (column.isPresent()) {
                positions.put(column.get(), i);
            } else if (!header.get(i).isBlank()) {
                problems.add(new CertificateImportProblem(1, header.get(i), "certification.bulk.unknown-column", List.of(header.get(i))));
            }
        }
        REQUIRED.stream().filter(column -> !positions.containsKey(column)).sorted().forEach(column ->
                problems.add(new CertificateImportProblem(1, column, "certification.bulk.missing-column", List.of(column))));
        if (rows.size() - 1 > MAX_ROWS) {
            problems.add(new CertificateImportProblem(1, "", "certification.bulk.too-many-rows", List.of(String.valueOf(MAX_ROWS))));
        }
        if (!problems.isEmpty()) {
            return new Contents(List.of(), List.of(), problems);
        }
        var certificates = new ArrayList<RecordCertificate>();
        var numbers = new ArrayList<Integer>();
        for (var row : rows.subList(1, rows.size())) {
            if (row.values().stream().allMatch(String::isBlank)) {
                continue;
            }
            var values = new LinkedHashMap<String, String>();
            positions.forEach((column, index) -> values.put(column,
                    index < row.values().size() ? row.values().get(index).strip() : ""));
            var reader = new RowReader(row.number(), values, problems);
            var certificate = reader.certificate(bodyByName);
            if (certificate != null) {
                certificates.add(certificate);
                numbers.add(row.number());
            }
        }
        if (certificates.isEmpty() && problems.isEmpty()) {
            problems.add(new CertificateImportProblem(2, "", "certification.bulk.empty", List.of()));
        }
        return new Contents(certificates, numbers, problems);
    }

    static Optional<String> canonical(String header) {
        var key = header.replaceAll("[\\s_\\-]", "").toLowerCase(Locale.ROOT).replace("\uFEFF", "");
        return COLUMNS.stream().filter(column -> column.toLowerCase(Locale.ROOT).equals(key)).findFirst();
    }

    private record Row(int number, List<String> values) {
    }

    private static List<Row> csvRows(byte[] content) {
        var rows = new ArrayList<Row>();
        try (var parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get()
                .parse(new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8))) {
            int number = 0;
            for (var record : parser) {
                number++;
                rows.add(new Row(number, record.toList()));
                if (number > MAX_ROWS + 1) {
                    break;
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new BulkLoadRefused(List.of(new CertificateImportProblem(rows.size() + 1, "", "certification.bulk.unreadable",
                    List.of())));
        }
        return rows;
    }

    private static List<Row> xlsxRows(byte[] content) {
        var rows = new ArrayList<Row>();
        var formatter = new DataFormatter(Locale.ROOT);
        try (var workbook = UploadedWorkbook.open(content)) {
            var sheet = workbook.getSheetAt(0);
            for (var row : sheet) {
                if (row.getRowNum() > MAX_ROWS + 1) {
                    break;
                }
                var values = new ArrayList<String>();
                for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                    var cell = row.getCell(c);
                    if (cell == null) {
                        values.add("");
                    } else if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                        values.add(cell.getLocalDateTimeCellValue().toLocalDate().toString());
                    } else {
                        values.add(formatter.formatCellValue(cell));
                    }
                }
                rows.add(new Row(row.getRowNum() + 1, values));
            }
        } catch (IOException | RuntimeException e) {
            throw new BulkLoadRefused(List.of(new CertificateImportProblem(1, "", "certification.bulk.unreadable", List.of())));
        }
        return rows;
    }

    /** Turns one row's text into a certificate, noting each value it cannot read. */
    private static final class RowReader {

        private final int row;
        private final Map<String, String> values;
        private final List<CertificateImportProblem> problems;
        private boolean failed;

        RowReader(int row, Map<String, String> values, List<CertificateImportProblem> problems) {
            this.row = row;
            this.values = values;
            this.problems = problems;
        }

        @Nullable RecordCertificate certificate(Function<String, Optional<OrganisationId>> bodyByName) {
            var standard = standard();
            var body = organisation("certificationBody", bodyByName);
            var company = organisation("companyId", name -> Optional.empty());
            var services = services();
            var countries = countries();
            var original = date("originalIssueDate");
            var current = date("currentIssueDate");
            var expiry = date("expiryDate");
            var status = status();
            if (failed || standard == null || current == null) {
                if (current == null && !failed) {
                    problem("currentIssueDate", "certification.certificate.issue.required");
                }
                return null;
            }
            return new RecordCertificate(value("certificateNumber"), standard, body, company, value("companyName"),
                    services, countries, value("sites"), original, current, expiry, value("conditions"), status, List.of());
        }

        private String value(String column) {
            return values.getOrDefault(column, "");
        }

        private void problem(String column, String key, String... arguments) {
            problems.add(new CertificateImportProblem(row, column, key, List.of(arguments)));
            failed = true;
        }

        private @Nullable StandardCode standard() {
            try {
                return new StandardCode(value("standard"));
            } catch (RuntimeException e) {
                problem("standard", "certification.certificate.standard.not-recognised", value("standard"));
                return null;
            }
        }

        private @Nullable OrganisationId organisation(String column, Function<String, Optional<OrganisationId>> byName) {
            var text = value(column);
            if (text.isEmpty()) {
                return null;
            }
            try {
                return new OrganisationId(UUID.fromString(text));
            } catch (IllegalArgumentException notAnId) {
                var found = byName.apply(text);
                if (found.isEmpty()) {
                    problem(column, "certification.bulk.unknown-organisation", text);
                }
                return found.orElse(null);
            }
        }

        private Set<SecurityService> services() {
            var services = EnumSet.noneOf(SecurityService.class);
            for (var item : list("services")) {
                try {
                    services.add(SecurityService.valueOf(item.toUpperCase(Locale.ROOT).replace(' ', '_')));
                } catch (IllegalArgumentException e) {
                    problem("services", "certification.bulk.unknown-service", item);
                }
            }
            return services;
        }

        private Set<CountryCode> countries() {
            var countries = new LinkedHashSet<CountryCode>();
            for (var item : list("countries")) {
                if (CountryCode.isKnown(item)) {
                    countries.add(new CountryCode(item));
                } else {
                    problem("countries", "country.unknown", item);
                }
            }
            return countries;
        }

        private List<String> list(String column) {
            return Arrays.stream(value(column).split("[;|]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        private @Nullable LocalDate date(String column) {
            var text = value(column);
            if (text.isEmpty()) {
                return null;
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                problem(column, "certification.bulk.bad-date", text);
                return null;
            }
        }

        private CertificateStatus status() {
            var text = value("status");
            if (text.isEmpty()) {
                return CertificateStatus.ACTIVE;
            }
            try {
                return CertificateStatus.valueOf(text.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problem("status", "certification.bulk.unknown-status", text);
                return CertificateStatus.ACTIVE;
            }
        }
    }
}
