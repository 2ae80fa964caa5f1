package org.custodes.framework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import tools.jackson.databind.json.JsonMapper;

/** A Code version shaped like 2010 and the demo library built on it, for tests without a database. */
public final class FrameworkFixtures {

    public static final CodeVersion CODE_2010 = new CodeVersion("2010", "Code", 2010, LocalDate.of(2010, 11, 9), null,
            List.of(section("A", 1, 8), new CodeSection("B", "Definitions", List.of()), section("C", 9, 12),
                    section("D", 13, 15), section("E", 16, 27), section("F", 28, 43), section("G", 44, 69),
                    section("H", 70, 70)));

    static final JsonMapper JSON = JsonMapper.builder().build();

    private FrameworkFixtures() {
    }

    static Optional<CodeVersion> codeVersions(String code) {
        return "2010".equals(code) ? Optional.of(CODE_2010) : Optional.empty();
    }

    static CodeSection section(String letter, int from, int to) {
        return new CodeSection(letter, "Section " + letter, IntStream.rangeClosed(from, to)
                .mapToObj(n -> new CodeParagraph(n, letter, "Paragraph " + n)).toList());
    }

    static byte[] demoJson() {
        return JSON.writeValueAsBytes(DemoLibrary.document(CODE_2010));
    }

    /** The demo library as the application would hold it after an import. */
    public static IndicatorLibrary demoLibrary() {
        var content = LibraryRules.check(LibraryJson.read(JSON, demoJson()), FrameworkFixtures::codeVersions);
        return library(content);
    }

    static IndicatorLibrary library(LibraryContent content) {
        return new IndicatorLibrary(new LibrarySummary(new LibraryVersionId(UUID.randomUUID()), 1, content.codeVersion(),
                "JSON", Instant.parse("2026-07-01T00:00:00Z"), content.sections().size(), content.indicators().size()),
                content.sections(), content.indicators());
    }
}
