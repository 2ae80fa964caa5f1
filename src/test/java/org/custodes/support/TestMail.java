package org.custodes.support;

import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every integration test a real SMTP server: one GreenMail, started once per test JVM on a free port, that the
 * application's {@code spring.mail.*} settings point at. Tests read what it received through {@link #server()}.
 */
public class TestMail implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static GreenMail server;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var smtp = server().getSmtp();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testMail", Map.of(
                "spring.mail.host", "127.0.0.1", "spring.mail.port", smtp.getPort())));
    }

    public static synchronized GreenMail server() {
        if (server == null) {
            server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }
}
