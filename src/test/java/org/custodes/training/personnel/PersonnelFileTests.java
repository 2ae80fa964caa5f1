package org.custodes.training.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.custodes.shared.Language;
import org.junit.jupiter.api.Test;

public class PersonnelFileTests {

    public static final String HEADER = "Name,Employee number,Phone,E-mail,Site,Country,Role,Language\n";

    @Test
    void aGoodCsvFileGivesOnePersonPerRowWithTheRowItCameFrom() {
        var file = PersonnelFile.read("people.csv", csv(HEADER
                + "Grace Achieng,AS-2001,+256 700 000 201,,Kampala HQ,ug,Guard,en\n"
                + "\"Haddad, Yousef\",AS-2002,,yousef@example.org,Erbil,IQ,Supervisor,AR\n"));

        assertThat(file.problems()).isEmpty();
        assertThat(file.people()).extracting(PersonnelFile.Person::row).containsExactly(2, 3);
        var yousef = file.people().get(1);
        assertThat(yousef.fullName()).isEqualTo("Haddad, Yousef");
        assertThat(yousef.phone()).isNull();
        assertThat(yousef.email()).isEqualTo("yousef@example.org");
        assertThat(yousef.language()).isEqualTo(Language.AR);
        assertThat(file.people().getFirst().country()).isEqualTo("UG");
    }

    @Test
    void aSemicolonSeparatedFileWithAByteOrderMarkAndOtherHeaderSpellingsIsRead() {
        var file = PersonnelFile.read("people.csv", csv("\uFEFFfull_name;EMPLOYEE-NUMBER;site;country;role;language\n"
                + "Jean-Pierre Mbeki;AS-2003;Goma;CD;Guard;fr\n"));
        assertThat(file.problems()).isEmpty();
        assertThat(file.people()).singleElement().satisfies(p -> assertThat(p.employeeNumber()).isEqualTo("AS-2003"));
    }

    @Test
    void everyBadCellIsNamedByRowAndColumnAndNobodyIsRead() {
        var file = PersonnelFile.read("people.csv", csv(HEADER
                + "Grace Achieng,AS-2001,,,Kampala HQ,UG,Guard,en\n"
                + ",AS-2002,not a phone,no-at-sign,Kampala HQ,XX,Guard,sw\n"
                + "Omar Saleh,AS-2001,,,Kampala HQ,UG,,en\n"));

        assertThat(file.people()).isEmpty();
        assertThat(file.problems()).extracting(p -> p.row() + " " + p.column() + " " + p.messageKey()).containsExactly(
                "3 name training.import.required", "3 phone training.import.phone-invalid",
                "3 email training.import.email-invalid", "3 country training.import.country-unknown",
                "3 language training.import.language-unknown", "4 role training.import.required",
                "4 employeeNumber training.import.duplicate-in-file");
        assertThat(file.problems().getLast().arguments()).containsExactly("AS-2001", "2");
    }

    @Test
    void aMissingOrUnknownColumnRefusesTheFileAtItsHeader() {
        var file = PersonnelFile.read("people.csv", csv("Name,Employee number,Site,Country,Language,Shoe size\nA,1,S,KE,en,42\n"));
        assertThat(file.people()).isEmpty();
        assertThat(file.problems()).extracting(p -> p.row() + " " + p.column() + " " + p.messageKey() + " " + p.arguments())
                .containsExactly("1 null training.import.unknown-column [Shoe size]", "1 role training.import.missing-column []");
    }

    @Test
    void anEmptyFileAHeaderAloneAndGarbageAreRefused() {
        assertThat(PersonnelFile.read("people.csv", new byte[0]).problems())
                .extracting(PersonnelProblem::messageKey).containsExactly("training.import.empty");
        assertThat(PersonnelFile.read("people.csv", csv(HEADER)).problems())
                .extracting(PersonnelProblem::messageKey).containsExactly("training.import.no-people");
        assertThat(PersonnelFile.read("people.xlsx", csv(HEADER)).problems())
                .extracting(PersonnelProblem::messageKey).containsExactly("training.import.unreadable");
    }

    @Test
    void anXlsxFileIsReadFromItsFirstSheetWithNumbersAsWritten() throws IOException {
        var file = PersonnelFile.read("people.xlsx", xlsx(List.of(
                List.of("Name", "Employee number", "Site", "Country", "Role", "Language"),
                List.of("Samuel Okello", 141, "Kampala HQ", "UG", "Guard", "en"),
                List.of("Karim Saleh", "AN-1002", "Basra", "IQ", "Guard", "ar"))));
        assertThat(file.problems()).isEmpty();
        assertThat(file.people()).extracting(PersonnelFile.Person::employeeNumber).containsExactly("141", "AN-1002");
        assertThat(file.people()).extracting(PersonnelFile.Person::row).containsExactly(2, 3);
    }

    public static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] xlsx(List<List<Object>> rows) throws IOException {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Personnel");
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    var value = rows.get(r).get(c);
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
