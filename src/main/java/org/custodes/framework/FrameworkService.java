package org.custodes.framework;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.custodes.shared.Actor;
import org.custodes.shared.NotFound;
import org.custodes.shared.UserId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** The Code's versions and the indicator library: the only way in for pages, the API and other modules. */
@Service
@Transactional
public class FrameworkService {

    private final CodeVersions codeVersions;
    private final Libraries libraries;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FrameworkService(CodeVersions codeVersions, Libraries libraries, JsonMapper json, ApplicationEventPublisher events,
            Clock clock) {
        this.codeVersions = codeVersions;
        this.libraries = libraries;
        this.json = json;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('framework:read')")
    @Transactional(readOnly = true)
    public List<CodeVersion> codeVersions() {
        return codeVersions.all();
    }

    @PreAuthorize("hasAuthority('framework:read')")
    @Transactional(readOnly = true)
    public CodeVersion codeVersion(String code) {
        return codeVersions.find(code).orElseThrow(() -> new NotFound("code-version", code));
    }

    /** For other modules that hold a version's code: its structure, without an access check of its own. */
    @Transactional(readOnly = true)
    public Optional<CodeVersion> findCodeVersion(String code) {
        return codeVersions.find(code);
    }

    @PreAuthorize("hasAuthority('framework:manage')")
    public CodeVersion addCodeVersion(AddCodeVersion command) {
        var version = CodeVersionRules.check(command, codeVersions::exists, codeVersions::find);
        codeVersions.insert(version);
        events.publishEvent(new CodeVersionAdded(version.code(), version.year(), version.paragraphCount()));
        return codeVersions.find(version.code()).orElseThrow();
    }

    @PreAuthorize("hasAuthority('framework:read')")
    @Transactional(readOnly = true)
    public List<LibrarySummary> libraries() {
        return libraries.all();
    }

    /** The newest library version, the one a new campaign uses unless told otherwise. */
    @Transactional(readOnly = true)
    public Optional<LibrarySummary> latestLibrary() {
        return libraries.latest();
    }

    /**
     * A whole library version. Versions never change, so other modules may hold the result as their snapshot; no
     * access check of its own, since indicators are not confidential.
     */
    @Transactional(readOnly = true)
    public IndicatorLibrary library(LibraryVersionId id) {
        return libraries.load(id.value()).orElseThrow(() -> new NotFound("library", id));
    }

    @PreAuthorize("hasAuthority('framework:read')")
    @Transactional(readOnly = true)
    public byte[] exportLibrary(LibraryVersionId id, LibraryFormat format) {
        var library = library(id);
        return switch (format) {
            case XLSX -> LibrarySpreadsheet.write(library);
            case JSON -> LibraryJson.write(json, library);
        };
    }

    /**
     * Imports a whole library as a new version. It is checked as a whole: any problem refuses it with every problem
     * listed ({@link LibraryImportRefused}), and nothing is saved.
     */
    @PreAuthorize("hasAuthority('framework:manage')")
    public LibrarySummary importLibrary(byte[] content, LibraryFormat format) {
        return importAs(content, format, format.name(), Actor.current().map(Actor::userId).orElse(null));
    }

    private LibrarySummary importAs(byte[] content, LibraryFormat format, String source, @org.jspecify.annotations.Nullable UserId by) {
        var raw = switch (format) {
            case XLSX -> LibrarySpreadsheet.read(content);
            case JSON -> LibraryJson.read(json, content);
        };
        var checked = LibraryRules.check(raw, codeVersions::find);
        var summary = libraries.insert(checked, source, by, clock.instant());
        events.publishEvent(new IndicatorLibraryImported(summary.id(), summary.number(), summary.codeVersion(), source,
                summary.indicatorCount()));
        return summary;
    }

    /** Problems of a refused import in a stable order, for pages and the API. */
    public static List<FrameworkImportProblem> sorted(List<FrameworkImportProblem> problems) {
        var list = new ArrayList<>(problems);
        list.sort(java.util.Comparator.comparing(FrameworkImportProblem::sheet).thenComparingInt(FrameworkImportProblem::row));
        return list;
    }
}
