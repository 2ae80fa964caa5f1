package org.custodes.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Locale;

import org.custodes.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class OpenApiIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** A client generated from the document must be able to call every operation the server offers under /api/v1. */
    @Test
    void everyApiOperationOfTheServerIsInTheDocument() throws Exception {
        var document = json.readTree(mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        var missing = new ArrayList<String>();
        var operations = 0;
        for (var info : mappings.getHandlerMethods().keySet()) {
            for (var pattern : info.getPathPatternsCondition().getPatternValues()) {
                if (!pattern.startsWith("/api/v1/")) {
                    continue;
                }
                for (var method : info.getMethodsCondition().getMethods()) {
                    operations++;
                    if (document.path("paths").path(pattern).path(method.name().toLowerCase(Locale.ROOT)).isMissingNode()) {
                        missing.add(method + " " + pattern);
                    }
                }
                if (info.getMethodsCondition().getMethods().isEmpty()) {
                    missing.add("(no method declared) " + pattern);
                }
            }
        }
        assertThat(missing).as("API operations missing from /v3/api-docs").isEmpty();
        assertThat(operations).isGreaterThan(40);
    }

    @Test
    void theApiIsDescribedInOpenApi31WithTokensAndProblemDetails() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.openapi").value(startsWith("3.1.")))
                .andExpect(jsonPath("$.info.title").value("Custodes API"))
                .andExpect(jsonPath("$.paths['/api/v1/organisations'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/organisations'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/organisations/{id}'].put").exists())
                .andExpect(jsonPath("$.components.securitySchemes.apiToken.scheme").value("bearer"))
                .andExpect(jsonPath("$.security[0].apiToken").exists())
                .andExpect(jsonPath("$.components.schemas.Problem.properties.detail").exists())
                .andExpect(jsonPath("$.paths['/api/v1/organisations'].post.responses['201']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/organisations/{id}'].get.responses['404'].content['application/problem+json']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/organisations'].post.responses['422'].content['application/problem+json'].schema['$ref']")
                        .value("#/components/schemas/Problem"));
    }

    @Test
    void theBrowsableDocumentationIsServedUnderTheStrictPolicyWithoutInlineScript() throws Exception {
        var ui = mvc.perform(get("/api/docs")).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(ui))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>"))))
                .andExpect(header().string("Content-Security-Policy", allOf(
                        containsString("script-src 'self';"), containsString("style-src 'self' 'unsafe-inline';"))));
    }
}
