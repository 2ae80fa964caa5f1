package org.custodes.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custodes.organisation.OrganisationFixtures.signedIn;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.custodes.shared.OrganisationId;
import org.custodes.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class FrameworkIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    final Authentication secretariat = signedIn(new OrganisationId(UUID.randomUUID()), "framework:read", "framework:manage");
    final Authentication company = signedIn(new OrganisationId(UUID.randomUUID()), "framework:read");

    @Test
    void theSecretariatAddsAVersionOfTheCodeThatCopiesAnExistingStructure() throws Exception {
        var code = "T" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/framework/versions").with(authentication(secretariat)).with(csrf())
                        .param("code", code).param("title", "Test amendment").param("year", "2030").param("basedOn", "2010"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/framework/versions/" + code));
        mvc.perform(get("/api/v1/framework/versions/" + code).with(authentication(company)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sections.length()").value(8))
                .andExpect(jsonPath("$.sections[5].paragraphs[2].title").value("Use of force (1 of 3)"));
        mvc.perform(post("/framework/versions").with(authentication(secretariat)).with(csrf())
                        .param("code", code).param("title", "Again").param("year", "2030").param("basedOn", "2010"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        mvc.perform(post("/framework/versions").with(authentication(company)).with(csrf())
                        .param("code", code + "x").param("title", "No").param("year", "2030").param("basedOn", "2010"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aLibraryImportWithAnyProblemSavesNothingAndListsEveryProblem() throws Exception {
        var before = versions();
        var broken = """
                {"codeVersion": "2010", "sections": [{"code": "S1", "title": {"en": "S"}}],
                 "indicators": [{"code": "X-1", "section": "S1", "paragraphs": [71], "type": "OUTCOME",
                                 "answerType": "COLOUR", "required": true, "question": {"en": "?"}}]}
                """;
        mvc.perform(multipart("/api/v1/framework/libraries").file(new MockMultipartFile("file", "library.json",
                        "application/json", broken.getBytes())).with(authentication(secretariat)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems.length()").value(2))
                .andExpect(jsonPath("$.problems[*].column", hasItem("indicators[0].answerType")))
                .andExpect(jsonPath("$.problems[*].message", hasItem("Paragraph 71 does not exist in version 2010 of the Code.")));
        assertThat(versions()).isEqualTo(before);
    }

    @Test
    void anExportedSpreadsheetImportsAsANewVersionAndEveryoneSignedInMayExport() throws Exception {
        // The demo library, the largest; other tests import small ones.
        var latest = jdbc.sql("select library_id from framework.indicator group by library_id order by count(*) desc limit 1")
                .query(UUID.class).single();
        var workbook = mvc.perform(get("/framework/libraries/" + latest + "/export.xlsx").with(authentication(company)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        mvc.perform(multipart("/framework/libraries").file(new MockMultipartFile("file", "library.xlsx",
                        LibraryFormat.XLSX.mediaType(), workbook)).with(authentication(secretariat)).with(csrf()))
                .andExpect(status().isFound());
        mvc.perform(get("/api/v1/framework/libraries").with(authentication(company)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].source").value("XLSX"))
                .andExpect(jsonPath("$[0].indicatorCount").value(jsonCount(latest)));
        mvc.perform(get("/framework/libraries/" + latest).param("lang", "fr").with(authentication(company)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("a-t-elle adopté une politique écrite")));
    }

    private int jsonCount(UUID library) {
        return jdbc.sql("select count(*) from framework.indicator where library_id = :id").param("id", library)
                .query(Integer.class).single();
    }

    private long versions() {
        return jdbc.sql("select count(*) from framework.library_version").query(Long.class).single();
    }
}
