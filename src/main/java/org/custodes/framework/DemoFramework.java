package org.custodes.framework;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Imports the demo indicator library once, through the same import as the secretariat's, when no library exists. */
@Component
@ConditionalOnProperty(name = "custodes.demo.enabled", havingValue = "true")
@Order(100)
class DemoFramework implements ApplicationRunner {

    static final String CODE_VERSION = "2010";
    private static final Logger log = LoggerFactory.getLogger(DemoFramework.class);

    private final FrameworkService framework;
    private final JsonMapper json;

    DemoFramework(FrameworkService framework, JsonMapper json) {
        this.framework = framework;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (framework.latestLibrary().isPresent()) {
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system", null,
                AuthorityUtils.createAuthorityList("framework:read", "framework:manage")));
        SecurityContextHolder.setContext(context);
        try {
            var code = framework.codeVersion(CODE_VERSION);
            var library = framework.importLibrary(json.writeValueAsBytes(DemoLibrary.document(code)), LibraryFormat.JSON);
            log.info("Demo indicator library loaded: {} indicators in {} sections", library.indicatorCount(),
                    library.sectionCount());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
