package org.custodes.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Set;

import org.custodes.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Deny by default, checked before it ships: every route of ours says who may use it, and the only framework routes
 * are the ones the security configuration names (error page, API description and its browser).
 */
@IntegrationTest
class RouteInventoryIntegrationTests {

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
}
