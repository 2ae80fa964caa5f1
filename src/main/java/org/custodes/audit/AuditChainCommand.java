package org.custodes.audit;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code --verify-audit-chain}: verifies the chain, prints one line and exits 0 (valid) or 1 (broken), before any
 * other runner (demo data) does its work. {@code CustodesApplication} starts such a run without opening an HTTP port.
 */
@Component
@ConditionalOnProperty(name = AuditChainCommand.ARGUMENT)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AuditChainCommand implements ApplicationRunner {

    static final String ARGUMENT = "verify-audit-chain";

    private final ChainVerifier verifier;
    private final ConfigurableApplicationContext context;

    AuditChainCommand(ChainVerifier verifier, ConfigurableApplicationContext context) {
        this.verifier = verifier;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        var result = verifier.verify();
        System.out.println(result.summary());
        System.exit(SpringApplication.exit(context, () -> result.valid() ? 0 : 1));
    }
}
