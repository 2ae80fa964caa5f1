package org.custodes.organisation.web;

import static org.custodes.organisation.OrganisationFixtures.secretariat;
import static org.custodes.organisation.OrganisationFixtures.signedIn;
import static org.custodes.organisation.OrganisationFixtures.unique;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.custodes.shared.OrganisationId;
import org.custodes.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class OrganisationApiIntegrationTests {

    static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    @Autowired
    MockMvc mvc;

    final Authentication secretariat = secretariat();

    static String body(String legalName, String kind, String services) {
        return """
                {"kind": "%s", "legalName": "%s", "shortName": "Short", "countryOfRegistration": "gb",
                 "countriesOfOperation": ["GB", "KE"], "services": [%s], "website": "https://api.example"}
                """.formatted(kind, legalName, services);
    }

    String create(String legalName) throws Exception {
        var response = mvc.perform(post("/api/v1/organisations").with(authentication(secretariat))
                        .contentType(MediaType.APPLICATION_JSON).content(body(legalName, "COMPANY", "\"TRAINING\"")))
                .andExpect(status().isCreated())
                .andReturn().getResponse();
        return JsonPath.read(response.getContentAsString(), "$.id");
    }

    @Test
    void registeringAnswers201WithTheNewLocationAndIgnoresFieldsTheRegistryOwns() throws Exception {
        var chosenId = UUID.randomUUID();
        var name = unique("Api Guarding");
        var json = """
                {"id": "%s", "version": 42, "registeredAt": "2000-01-01T00:00:00Z", "contacts": [{"name": "x"}],
                 "kind": "COMPANY", "legalName": "%s", "shortName": "Api", "countryOfRegistration": "KE"}
                """.formatted(chosenId, name);
        var response = mvc.perform(post("/api/v1/organisations").with(authentication(secretariat))
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/organisations/")))
                .andExpect(jsonPath("$.id").value(not(chosenId.toString())))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.contacts").isEmpty())
                .andReturn().getResponse();

        mvc.perform(get(response.getHeader("Location")).with(authentication(secretariat)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.legalName").value(name))
                .andExpect(jsonPath("$.countryOfRegistration").value("KE"));
    }

    @Test
    void searchPagesThroughTheRegistry() throws Exception {
        var token = UUID.randomUUID().toString().substring(0, 8);
        for (var i = 0; i < 3; i++) {
            create("Paged Api Security " + i + " " + token);
        }
        mvc.perform(get("/api/v1/organisations").param("q", token).param("kind", "COMPANY").param("country", "ke")
                        .param("service", "TRAINING").param("size", "2").with(authentication(secretariat)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[0].legalName").value("Paged Api Security 0 " + token))
                .andExpect(jsonPath("$.items[0].countriesOfOperation[0]").value("GB"))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.totalItems").value(3));
        mvc.perform(get("/api/v1/organisations").param("q", token).param("page", "1").param("size", "2")
                        .with(authentication(secretariat)))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].legalName").value("Paged Api Security 2 " + token));
    }

    @Test
    void putReplacesTheFacts() throws Exception {
        var id = create(unique("Put Security"));
        var renamed = unique("Put Security Renamed");
        mvc.perform(put("/api/v1/organisations/{id}", id).with(authentication(secretariat))
                        .contentType(MediaType.APPLICATION_JSON).content(body(renamed, "COMPANY", "")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.legalName").value(renamed))
                .andExpect(jsonPath("$.services").isEmpty())
                .andExpect(jsonPath("$.version").value(1));
    }

    @Test
    void anInvalidBodyIsA400ProblemListingTheFields() throws Exception {
        mvc.perform(post("/api/v1/organisations").with(authentication(secretariat))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"COMPANY\", \"legalName\": \" \", \"countryOfRegistration\": \"GBR\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.errors[*].field", hasItem("legalName")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("shortName")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("countryOfRegistration")));
    }

    @Test
    void aBrokenRuleIsA422ProblemInTheCallersLanguage() throws Exception {
        mvc.perform(post("/api/v1/organisations").with(authentication(secretariat)).header("Accept-Language", "fr")
                        .contentType(MediaType.APPLICATION_JSON).content(body(unique("State Api"), "STATE", "\"TRAINING\"")))
                .andExpect(status().is(422))
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.detail").value(startsWith("Seules les entreprises de sécurité")));
        var taken = unique("Taken Api");
        create(taken);
        mvc.perform(post("/api/v1/organisations").with(authentication(secretariat))
                        .contentType(MediaType.APPLICATION_JSON).content(body(taken, "COMPANY", "")))
                .andExpect(status().is(422));
    }

    @Test
    void aMemberReadsTheirOwnOrganisationAndGets404ForAnyOther() throws Exception {
        var own = create(unique("Own Api Company"));
        var other = create(unique("Other Api Company"));
        var member = signedIn(OrganisationId.of(own), "organisation:read-own");

        mvc.perform(get("/api/v1/organisations/{id}", own).with(authentication(member))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/organisations/{id}", other).with(authentication(member)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        mvc.perform(get("/api/v1/organisations").with(authentication(member))).andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/organisations/{id}", own).with(authentication(member))
                        .contentType(MediaType.APPLICATION_JSON).content(body(unique("Self Renamed"), "COMPANY", "")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/organisations/{id}", own)).andExpect(status().isUnauthorized());
    }
}
