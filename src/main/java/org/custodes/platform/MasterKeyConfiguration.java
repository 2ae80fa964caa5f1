package org.custodes.platform;

import java.nio.file.Path;

import org.custodes.shared.MasterKey;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one master key of the application. Without {@code custodes.master-key} (the quick start) a development key is
 * kept beside the embedded data: {@code .custodes/master.key} for the default {@code .custodes/pgdata}, or
 * {@code <data dir>.master.key} for another folder, unless {@code custodes.master-key-file} names a file.
 */
@Configuration(proxyBeanMethods = false)
class MasterKeyConfiguration {

    @Bean
    MasterKey masterKey(@Value("${custodes.master-key:}") String configured,
            @Value("${custodes.master-key-file:}") String keyFile, DatabaseSettings database) {
        var file = keyFile.isBlank() ? developmentKeyFile(database.embeddedDirectory()) : Path.of(keyFile);
        return MasterKey.load(configured, file);
    }

    static Path developmentKeyFile(Path embeddedData) {
        var data = embeddedData.toAbsolutePath().normalize();
        var name = data.getFileName() == null ? "custodes" : data.getFileName().toString();
        return data.resolveSibling("pgdata".equals(name) ? "master.key" : name + ".master.key");
    }
}
