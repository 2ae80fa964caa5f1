package org.custodes.framework;

import java.util.HashSet;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** What a new version of the Code must satisfy before it is stored. */
final class CodeVersionRules {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,20}");
    private static final Pattern LETTER = Pattern.compile("[A-Z]{1,3}");

    private CodeVersionRules() {
    }

    static CodeVersion check(AddCodeVersion command, Predicate<String> taken,
            Function<String, Optional<CodeVersion>> existing) {
        var code = command.code().strip();
        if (!CODE.matcher(code).matches()) {
            throw new FrameworkRefused("code", "framework.version.code.invalid");
        }
        if (taken.test(code)) {
            throw new FrameworkRefused("code", "framework.version.code.taken", code);
        }
        if (command.title().isBlank() || command.title().length() > 300) {
            throw new FrameworkRefused("title", "framework.version.title.invalid");
        }
        if (command.year() < 1990 || command.year() > 2200) {
            throw new FrameworkRefused("year", "framework.version.year.invalid");
        }
        var hasBase = command.basedOn() != null && !command.basedOn().isBlank();
        if (hasBase == !command.sections().isEmpty()) {
            throw new FrameworkRefused("basedOn", "framework.version.structure.one-source");
        }
        var sections = hasBase
                ? existing.apply(command.basedOn()).orElseThrow(() -> new FrameworkRefused("basedOn",
                        "framework.version.based-on.unknown", command.basedOn())).sections()
                : command.sections();
        var letters = new HashSet<String>();
        var numbers = new HashSet<Integer>();
        for (var section : sections) {
            if (!LETTER.matcher(section.letter()).matches() || !letters.add(section.letter())
                    || section.title().isBlank() || section.title().length() > 200) {
                throw new FrameworkRefused("sections", "framework.version.section.invalid", section.letter());
            }
            for (var paragraph : section.paragraphs()) {
                if (paragraph.number() < 1 || !numbers.add(paragraph.number()) || paragraph.title().isBlank()
                        || paragraph.title().length() > 200) {
                    throw new FrameworkRefused("sections", "framework.version.paragraph.invalid", paragraph.number());
                }
            }
        }
        if (numbers.isEmpty()) {
            throw new FrameworkRefused("sections", "framework.version.no-paragraphs");
        }
        var normalised = sections.stream().map(section -> new CodeSection(section.letter(), section.title().strip(),
                section.paragraphs().stream().map(p -> new CodeParagraph(p.number(), section.letter(), p.title().strip())).toList()))
                .toList();
        var notes = command.notes() == null || command.notes().isBlank() ? null : command.notes().strip();
        return new CodeVersion(code, command.title().strip(), command.year(), command.adoptedOn(), notes, normalised);
    }
}
