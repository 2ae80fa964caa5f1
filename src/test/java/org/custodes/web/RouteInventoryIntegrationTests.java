package org.custodes.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Set;

import org.custodes.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Deny by default, checked before it ships: every route of ours says who may use it, and the only framework routes
 * are the ones the security configuration names (error page, API description and its browser).
 */
@IntegrationTest
class RouteInventoryIntegrationTests {

    @Autowired
    MockMvc mvc;

    private static final Set<String> FRAMEWORK_ROUTES_WITH_URL_RULES = Set.of(
            "org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController",
            "org.springdoc.webmvc.api.OpenApiWebMvcResource",
            "org.springdoc.webmvc.ui.SwaggerConfigResource",
            "org.springdoc.webmvc.ui.SwaggerWelcomeWebMvc");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyRouteHasAnExplicitAccessRule() {
        var withoutRule = new ArrayList<String>();
        var ours = 0;
        for (var entry : mappings.getHandlerMethods().entrySet()) {
            var handler = entry.getValue();
            var type = handler.getBeanType();
            if (type.getName().startsWith("org.custodes.")) {
                ours++;
                var ruled = AnnotatedElementUtils.hasAnnotation(handler.getMethod(), PreAuthorize.class)
                        || AnnotatedElementUtils.hasAnnotation(type, PreAuthorize.class);
                if (!ruled) {
                    withoutRule.add(entry.getKey() + " -> " + handler);
                }
            } else if (!FRAMEWORK_ROUTES_WITH_URL_RULES.contains(type.getName())) {
                withoutRule.add("framework route not covered by the security configuration: " + entry.getKey() + " -> " + type.getName());
            }
        }
        assertThat(withoutRule).as("routes without an access rule").isEmpty();
        assertThat(ours).isGreaterThan(3);
    }

    /**
     * security.md case 16: every state-changing route of the pages (every POST, PUT, PATCH and DELETE outside the API
     * and OpenRosa chains, which read no cookie and take a token or device credentials instead) refuses a request
     * without the session's CSRF token with 403, for an anonymous visitor and for a signed-in user alike, before any
     * handler runs. Path variables get an id that exists nowhere: the refusal comes first.
     */
    @Test
    void everyStateChangingPageRefusesARequestWithoutItsCsrfToken() throws Exception {
        var notRefused = new ArrayList<String>();
        var checked = 0;
        for (var entry : mappings.getHandlerMethods().entrySet()) {
            if (!entry.getValue().getBeanType().getName().startsWith("org.custodes.")) {
                continue;
            }
            var info = entry.getKey();
            var methods = info.getMethodsCondition().getMethods().isEmpty()
                    ? Set.of(RequestMethod.POST) : info.getMethodsCondition().getMethods();
            for (var method : methods) {
                if (method == RequestMethod.GET || method == RequestMethod.HEAD || method == RequestMethod.OPTIONS) {
                    continue;
                }
                for (var pattern : info.getPathPatternsCondition().getPatternValues()) {
                    if (pattern.startsWith("/api/") || pattern.startsWith("/openrosa")) {
                        continue;
                    }
                    var path = pattern.replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000000")
                            .replace("/**", "/x").replace("/*", "/x");
                    checked++;
                    for (var signedIn : new boolean[] { false, true }) {
                        var request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method.name()), path)
                                .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("anything", "1");
                        if (signedIn) {
                            request.with(SecurityMockMvcRequestPostProcessors.user("officer")
                                    .authorities(new SimpleGrantedAuthority("membership:review")));
                        }
                        var status = mvc.perform(request).andReturn().getResponse().getStatus();
                        if (status != 403) {
                            notRefused.add(method + " " + path + (signedIn ? " signed in" : " anonymous") + " -> " + status);
                        }
                    }
                }
            }
        }
        assertThat(notRefused).as("state-changing page routes that did not refuse a request without a CSRF token")
                .isEmpty();
        assertThat(checked).as("state-changing page routes checked").isGreaterThan(50);
        // The control: with its token, the same kind of request gets past the CSRF filter.
        mvc.perform(MockMvcRequestBuilders.post("/sign-out").with(SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isEqualTo(302));
    }
}
