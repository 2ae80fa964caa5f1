package org.custodes;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.custodes.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ApplicationIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void homePageExplainsTheOversightBodyInEachLanguage() throws Exception {
        mvc.perform(get("/").param("lang", "ar"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("dir=\"rtl\"")))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("unsafe-inline"))));
    }

    @Test
    void languageLinksKeepThePageQuery() throws Exception {
        mvc.perform(get("/sign-in?error&lang=fr"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/sign-in?error&amp;lang=es")));
        mvc.perform(get("/password-reset/confirm?token=abc-123"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/password-reset/confirm?token=abc-123&amp;lang=ar")));
    }

    @Test
    void unknownPageAnswers404WithoutAStackTrace() throws Exception {
        mvc.perform(get("/no-such-page"))
                .andExpect(status().isNotFound());
    }
}
