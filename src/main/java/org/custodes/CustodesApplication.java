package org.custodes;

import java.util.Arrays;
import java.util.stream.Stream;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * Custodes: supervision of private security companies against the International Code of Conduct. No two beans
 * share a simple class name across modules, so beans keep Spring's default names.
 */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
public class CustodesApplication {

    public static void main(String[] args) {
        var application = new SpringApplication(CustodesApplication.class);
        if (Arrays.asList(args).contains("--verify-audit-chain")) {
            // A one-shot command (the audit module runs it): no demo data, no scheduled jobs, and port -1 keeps the
            // whole application context (security included) without opening an HTTP port.
            args = Stream.concat(Arrays.stream(args), Stream.of("--server.port=-1", "--custodes.demo.enabled=false",
                    "--custodes.scheduling.enabled=false")).toArray(String[]::new);
        }
        application.run(args);
    }
}
