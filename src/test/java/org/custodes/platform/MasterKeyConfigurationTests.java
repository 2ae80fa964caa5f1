package org.custodes.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class MasterKeyConfigurationTests {

    @Test
    void theDevelopmentKeyLivesBesideTheEmbeddedData() {
        assertThat(MasterKeyConfiguration.developmentKeyFile(Path.of("/srv/.custodes/pgdata")))
                .isEqualTo(Path.of("/srv/.custodes/master.key"));
        assertThat(MasterKeyConfiguration.developmentKeyFile(Path.of("/tmp/bench-data")))
                .isEqualTo(Path.of("/tmp/bench-data.master.key"));
    }
}
