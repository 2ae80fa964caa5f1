package org.custodes.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.custodes.support.IntegrationTest;
import org.custodes.support.TestActors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ProcurementIntegrationTests {

    static final String GUIDE = """
            {"kind":"TEMPLATE","title":"%s","summary":"Terms of reference for guarding","publisher":"Custodes secretariat",
             "year":2025,"audiences":["CLIENTS"],"topics":["PROCUREMENT"],"codeParagraphs":[63],
             "links":[{"language":"en","url":"https://example.org/tor-en"},{"language":"fr","url":"https://example.org/tor-fr"}],
             "external":false,"published":%s}
            """;

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    final TestActors secretariat = ProcurementActors.secretariat();

    @Test
    void theSeededClientResourcesAreFoundByWordsAudienceAndLanguage() throws Exception {
        mvc.perform(get("/api/v1/procurement/resources").param("q", "hiring private security"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].title").value("Recommendations for Hiring Private Security Providers"))
                .andExpect(jsonPath("$.items[0].links[*].language").value(hasItem("es")))
                .andExpect(jsonPath("$.items[0].external").value(true));
        mvc.perform(get("/api/v1/procurement/resources").param("audience", "STATES").param("language", "ar"))
                .andExpect(jsonPath("$.items[*].title").value(hasItem(
                        "Legislative Guidance Tool for States to Regulate Private Military and Security Companies")))
                .andExpect(jsonPath("$.items[*].title").value(not(hasItem(
                        "Recommendations for Hiring Private Security Providers"))));
        mvc.perform(get("/resources").param("topic", "PROCUREMENT").param("q", "EISF"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Engaging Private Security Providers")))
                .andExpect(content().string(containsString("not mean the Association endorses them")));
    }

    @Test
    void theSecretariatAddsAResourceThatIsPublicOnlyOncePublished() throws Exception {
        var title = "Terms of reference " + UUID.randomUUID();
        var response = mvc.perform(post("/api/v1/procurement/resources").with(authentication(secretariat.authentication()))
                        .contentType(MediaType.APPLICATION_JSON).content(GUIDE.formatted(title, false)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.links[1].language").value("fr"))
                .andReturn().getResponse().getContentAsString();
        var id = JsonPath.<String>read(response, "$.id.value");

        mvc.perform(get("/api/v1/procurement/resources/{id}", id)).andExpect(status().isNotFound());
        mvc.perform(get("/resources/{id}", id)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/procurement/resources").param("q", title))
                .andExpect(jsonPath("$.totalItems").value(0));

        mvc.perform(put("/api/v1/procurement/resources/{id}", id).with(authentication(secretariat.authentication()))
                        .contentType(MediaType.APPLICATION_JSON).content(GUIDE.formatted(title, true)))
                .andExpect(status().isOk());
        mvc.perform(get("/resources/{id}", id))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("https://example.org/tor-fr")))
                .andExpect(content().string(not(containsString("not necessarily endorse"))));
        assertThat(jdbc.sql("select count(*) from audit.audit_event where subject = :subject")
                .param("subject", "resource:" + id).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aResourceWithoutTitleOrLinkIsRefusedWithTheFieldNamedAndNothingSaved() throws Exception {
        var before = jdbc.sql("select count(*) from procurement.resource").query(Long.class).single();

        mvc.perform(post("/api/v1/procurement/resources").with(authentication(secretariat.authentication()))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"kind":"GUIDANCE","title":"","publisher":"X","year":2020,"audiences":["CLIENTS"],"links":[]}
                                """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("title")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("links")));
        mvc.perform(post("/api/v1/procurement/resources").with(authentication(secretariat.authentication()))
                        .contentType(MediaType.APPLICATION_JSON).content(GUIDE.formatted("Future", true)
                                .replace("2025", "2999")))
                .andExpect(status().is(422));
        mvc.perform(post("/resources").with(authentication(secretariat.authentication())).with(csrf())
                        .param("kind", "GUIDANCE").param("title", "A guide").param("publisher", "X")
                        .param("year", "2020").param("audiences", "CLIENTS").param("links", "english-version"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("id=\"links-error\"")));
        mvc.perform(post("/resources").with(authentication(secretariat.authentication())).with(csrf())
                        .param("kind", "GUIDANCE").param("title", "").param("publisher", "X")
                        .param("year", "2020").param("audiences", "CLIENTS").param("links", "en https://example.org"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("id=\"title-error\"")));

        assertThat(jdbc.sql("select count(*) from procurement.resource").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aClientChecksShortlistedCompaniesAgainstTheDirectory() throws Exception {
        // Other tests add companies named "Sentinel Maritime <suffix>": pick the demo's by its full name.
        mvc.perform(get("/api/v1/procurement/checks").param("company", "Sentinel Maritime Services"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.legalName == 'Sentinel Maritime Services S.A.')].standing").isNotEmpty());
        mvc.perform(get("/procurement/toolkit").param("company", "Aegis"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Aegis Shield Security Ltd")))
                .andExpect(content().string(containsString("Right to audit")));
    }

    @Test
    void theModelClausesDownloadAsAWordDocumentInTheReadersLanguage() throws Exception {
        var bytes = mvc.perform(get("/procurement/toolkit/clauses.docx").param("lang", "fr"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("model-clauses-fr.docx")))
                .andReturn().getResponse().getContentAsByteArray();
        try (var document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            assertThat(document.getParagraphs()).anyMatch(p -> p.getText().equals("Droit d’audit"));
        }
        mvc.perform(get("/api/v1/procurement/toolkit").param("lang", "es"))
                .andExpect(jsonPath("$.clauses[*].title").value(hasItem("Derecho de auditoría")))
                .andExpect(jsonPath("$.checklist[0].stage").value("TENDER"));
    }
}
