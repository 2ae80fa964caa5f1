package org.custodes.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every message of every module exists in every shipped language, and no translation is left empty. */
class MessageBundleTests {

    private static final String[] TRANSLATIONS = { "fr", "es", "ar" };

    @Test
    void everyKeyIsTranslatedIntoEveryShippedLanguage() throws IOException {
        var bundles = new PathMatchingResourcePatternResolver().getResources("classpath:messages/*.properties");
        var checked = 0;
        for (var bundle : bundles) {
            var name = bundle.getFilename();
            if (name == null || name.matches(".*_[a-z]{2}\\.properties")) {
                continue;
            }
            var english = load(bundle);
            for (var language : TRANSLATIONS) {
                var translated = load(bundle.createRelative(name.replace(".properties", "_" + language + ".properties")));
                assertThat(new TreeSet<>(translated.stringPropertyNames()))
                        .as("keys of %s in %s", name, language)
                        .isEqualTo(new TreeSet<>(english.stringPropertyNames()));
                translated.forEach((key, value) -> assertThat(value.toString()).as("%s in %s", key, language).isNotBlank());
            }
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(6);
    }

    private static Properties load(Resource resource) throws IOException {
        assertThat(resource.exists()).as("%s exists", resource.getFilename()).isTrue();
        var properties = new Properties();
        try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
