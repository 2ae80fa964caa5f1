package org.custodes.certification.web;

import org.custodes.certification.certificate.BulkLoadRefused;
import org.custodes.certification.cycle.Nonconformity;
import org.custodes.certification.cycle.NonconformityGrade;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The JSON feed's reading, apart from the web: nulls inside lists are problems of the item, never a 500. */
class CertificateFeedTests {

    private static final String VALID = """
            "certificateNumber": "NAR-7", "standard": "ISO18788-2015", "currentIssueDate": "2024-05-06\"""";

    @Test
    void readsAnItemWithItsAuditsAndFindings() {
        var certificates = CertificationApiController.commands(CertificateFeedFuzzTests.JSON, CertificateFeedFuzzTests.JSON
                .readTree("{" + VALID + ", \"countries\": [\"fr\"], \"audits\": [{\"type\": \"STAGE_2\", \"date\": \"2024-04-01\","
                        + " \"nonconformities\": [{\"grade\": \"MINOR\"}]}]}"));
        assertThat(certificates).singleElement().satisfies(certificate -> {
            assertThat(certificate.countries()).extracting(Object::toString).containsExactly("FR");
            assertThat(certificate.audits()).singleElement().satisfies(audit ->
                    assertThat(audit.nonconformities()).singleElement().extracting(Nonconformity::grade)
                            .isEqualTo(NonconformityGrade.MINOR));
        });
    }

    /**
     * Regression: a null item (found by CertificateFeedFuzzTests), country, audit or finding threw a
     * NullPointerException out of the controller (a 500).
     */
    @Test
    void nullsInListsAndAuditsWithoutTypeOrDateAreProblemsOfTheirItem() {
        var feed = "[{" + VALID + ", \"countries\": [null]}, null,"
                + " {" + VALID + ", \"services\": [null]},"
                + " {" + VALID + ", \"audits\": [null]},"
                + " {" + VALID + ", \"audits\": [{\"date\": \"2024-04-01\"}]},"
                + " {" + VALID + ", \"audits\": [{\"type\": \"STAGE_1\", \"date\": \"2024-04-01\", \"nonconformities\": [null, {}]}]}]";
        assertThatExceptionOfType(BulkLoadRefused.class)
                .isThrownBy(() -> CertificationApiController.commands(CertificateFeedFuzzTests.JSON,
                        CertificateFeedFuzzTests.JSON.readTree(feed)))
                .satisfies(refused -> assertThat(refused.problems())
                        .extracting(problem -> problem.row() + ":" + problem.column())
                        .containsExactly("1:countries", "2:", "3:services[0]", "4:audits[0]", "5:audits[0].type",
                                "6:audits[0].nonconformities[0]", "6:audits[0].nonconformities[1].grade"));
    }
}
