package org.custodes.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;

/**
 * The one configuration of the integration tests: the whole application on a fresh PostgreSQL database, with the
 * demo data, a real port, MockMvc, an SMTP server (GreenMail) and scheduling off (tests run jobs themselves).
 * Sharing it keeps one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "custodes.scheduling.enabled=false", "custodes.demo.enabled=true", "custodes.session.secure-cookie=false",
        "custodes.base-url=http://localhost:8080" })
@AutoConfigureMockMvc
@ContextConfiguration(initializers = { TestDatabase.class, TestMail.class })
public @interface IntegrationTest {
}
