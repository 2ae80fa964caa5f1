package org.custodes.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.custodes.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class OperationsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void livenessAndReadinessAnswerAnyoneWithTheStatusOnly() throws Exception {
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/readiness"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components").doesNotExist());
    }

    @Test
    void theOperationsPermissionSeesThatReadinessIncludesTheDatabase() throws Exception {
        mvc.perform(get("/actuator/health/readiness").with(user("ops").authorities(() -> "operations:read")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.readinessState.status").value("UP"));
    }

    @Test
    void aRoleWithoutTheOperationsPermissionSeesNoHealthDetails() throws Exception {
        mvc.perform(get("/actuator/health/readiness").with(user("admin").authorities(
                        () -> "ROLE_SECRETARIAT_ADMIN", () -> "organisation:read")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components").doesNotExist());
    }

    @Test
    void metricsAreForTheOperationsPermissionOnly() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/actuator/prometheus").with(user("company").authorities(() -> "organisation:read-own")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(user("ops").authorities(() -> "operations:read")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("jvm_memory_used_bytes")))
                .andExpect(content().string(containsString("http_server_requests")));
    }
}
