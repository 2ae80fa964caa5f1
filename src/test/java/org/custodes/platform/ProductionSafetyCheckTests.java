package org.custodes.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ProductionSafetyCheckTests {

    static final Map<String, String> DURABLE = Map.of("fsync", "on", "synchronous_commit", "on", "full_page_writes", "on");

    @Test
    void aMasterKeyOnADurableServerIsSafe() {
        assertThat(ProductionSafetyCheck.problems("a-key", DURABLE)).isEmpty();
    }

    @Test
    void remoteApplyAndLocalCommitsAreDurableEnough() {
        var settings = new HashMap<>(DURABLE);
        settings.put("synchronous_commit", "remote_apply");
        assertThat(ProductionSafetyCheck.problems("a-key", settings)).isEmpty();
        settings.put("synchronous_commit", "local");
        assertThat(ProductionSafetyCheck.problems("a-key", settings)).isEmpty();
    }

    @Test
    void noMasterKeyIsRefused() {
        assertThat(ProductionSafetyCheck.problems("  ", DURABLE)).containsExactly("CUSTODES_MASTER_KEY is not set");
    }

    @ParameterizedTest
    @ValueSource(strings = { "fsync", "synchronous_commit", "full_page_writes" })
    void eachDurabilitySettingSwitchedOffIsRefused(String setting) {
        var settings = new HashMap<>(DURABLE);
        settings.put(setting, "OFF");
        assertThat(ProductionSafetyCheck.problems("a-key", settings)).containsExactly("PostgreSQL runs with " + setting + "=OFF");
    }

    @Test
    void aSettingThatCouldNotBeReadIsRefusedAndEveryProblemIsListed() {
        assertThat(ProductionSafetyCheck.problems("", Map.of("fsync", "off", "synchronous_commit", "on")))
                .containsExactly("CUSTODES_MASTER_KEY is not set", "PostgreSQL runs with fsync=off",
                        "PostgreSQL runs with full_page_writes=unknown");
    }
}
