package org.custodes.certification.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.custodes.certification.CertificateStatus;
import org.custodes.organisation.SecurityService;
import org.custodes.shared.OrganisationId;
import org.junit.jupiter.api.Test;

class CertificateFileTests {

    static final OrganisationId BODY = new OrganisationId(UUID.randomUUID());

    static Optional<OrganisationId> byName(String name) {
        return "Meridian Certification Services".equalsIgnoreCase(name) ? Optional.of(BODY) : Optional.empty();
    }

    @Test
    void readsACsvWithFlexibleHeadersAndListsSeparatedBySemicolons() {
        var csv = """
                Certificate Number,standard,certification_body,company_name,services,countries,current_issue_date,status
                MCS-1,PSC1-2012,Meridian Certification Services,Aegis Shield Security Ltd,static guarding;CLOSE_PROTECTION,GB;KE,2025-03-01,
                """;
        var contents = CertificateFile.read("certs.csv", csv.getBytes(StandardCharsets.UTF_8), CertificateFileTests::byName);
        assertThat(contents.problems()).isEmpty();
        assertThat(contents.rowNumbers()).containsExactly(2);
        var certificate = contents.certificates().getFirst();
        assertThat(certificate.certificationBody()).isEqualTo(BODY);
        assertThat(certificate.services()).containsExactlyInAnyOrder(SecurityService.STATIC_GUARDING, SecurityService.CLOSE_PROTECTION);
        assertThat(certificate.status()).isEqualTo(CertificateStatus.ACTIVE);
        assertThat(certificate.effectiveExpiryDate()).isEqualTo(LocalDate.of(2028, 3, 1));
    }

    @Test
    void namesTheRowAndColumnOfEachValueItCannotRead() {
        var csv = """
                certificateNumber,standard,companyName,countries,currentIssueDate
                A-1,PSC1-2012,Aegis,GB,2025-03-01
                A-2,PSC1-2012,Aegis,XX,01/03/2025
                """;
        var contents = CertificateFile.read("certs.csv", csv.getBytes(StandardCharsets.UTF_8), CertificateFileTests::byName);
        assertThat(contents.problems()).extracting(CertificateImportProblem::row, CertificateImportProblem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "countries"),
                        org.assertj.core.groups.Tuple.tuple(3, "currentIssueDate"));
        assertThat(contents.rowNumbers()).containsExactly(2);
    }

    @Test
    void refusesAFileWithoutTheRequiredColumns() {
        var contents = CertificateFile.read("certs.csv", "number,company\nA,B\n".getBytes(StandardCharsets.UTF_8),
                CertificateFileTests::byName);
        assertThat(contents.problems()).extracting(CertificateImportProblem::column)
                .contains("number", "certificateNumber", "standard", "currentIssueDate");
        assertThat(contents.certificates()).isEmpty();
    }

    @Test
    void readsDateCellsOfAnXlsxFile() throws IOException {
        var out = new ByteArrayOutputStream();
        try (var workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("Certificates");
            var header = sheet.createRow(0);
            var names = new String[] { "certificateNumber", "standard", "companyName", "services", "countries", "currentIssueDate" };
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("NAR-7");
            row.createCell(1).setCellValue("ISO18788-2015");
            row.createCell(2).setCellValue("Atlas Protection SARL");
            row.createCell(3).setCellValue("STATIC_GUARDING");
            row.createCell(4).setCellValue("FR;ML");
            var date = row.createCell(5);
            date.setCellValue(LocalDate.of(2024, 5, 6));
            var style = workbook.createCellStyle();
            style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            date.setCellStyle(style);
            workbook.write(out);
        }
        var contents = CertificateFile.read("certs.xlsx", out.toByteArray(), CertificateFileTests::byName);
        assertThat(contents.problems()).isEmpty();
        assertThat(contents.certificates().getFirst().currentIssueDate()).isEqualTo(LocalDate.of(2024, 5, 6));
        assertThat(contents.certificates().getFirst().countries()).hasSize(2);
    }
}
