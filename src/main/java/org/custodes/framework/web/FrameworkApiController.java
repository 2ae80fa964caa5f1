package org.custodes.framework.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.custodes.framework.AddCodeVersion;
import org.custodes.framework.CodeParagraph;
import org.custodes.framework.CodeSection;
import org.custodes.framework.CodeVersion;
import org.custodes.framework.FrameworkService;
import org.custodes.framework.LibraryFormat;
import org.custodes.framework.LibraryImportRefused;
import org.custodes.framework.LibrarySummary;
import org.custodes.framework.LibraryVersionId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The Code's versions and the indicator library as JSON; the library itself travels as XLSX or JSON files. */
@RestController
@RequestMapping("/api/v1/framework")
@Tag(name = "Framework", description = "The Code of Conduct's versions and the indicator library")
class FrameworkApiController {

    private final FrameworkService framework;
    private final MessageSource messages;

    FrameworkApiController(FrameworkService framework, MessageSource messages) {
        this.framework = framework;
        this.messages = messages;
    }

    @GetMapping("/versions")
    @PreAuthorize("hasAuthority('framework:read')")
    @Operation(summary = "Versions of the Code, with sections and paragraphs (numbers and short titles)")
    List<CodeVersion> versions() {
        return framework.codeVersions();
    }

    @GetMapping("/versions/{code}")
    @PreAuthorize("hasAuthority('framework:read')")
    @Operation(summary = "One version of the Code")
    CodeVersion version(@PathVariable String code) {
        return framework.codeVersion(code);
    }

    record ParagraphRequest(int number, @NotBlank @Size(max = 200) String title) {
    }

    record SectionRequest(@NotBlank @Size(max = 3) String letter, @NotBlank @Size(max = 200) String title,
            @Nullable List<@Valid ParagraphRequest> paragraphs) {
    }

    record CodeVersionRequest(@NotBlank @Size(max = 20) String code, @NotBlank @Size(max = 300) String title,
            @NotNull Integer year, @Nullable LocalDate adoptedOn, @Nullable @Size(max = 2000) String notes,
            @Nullable String basedOn, @Nullable @Size(max = 30) List<@Valid SectionRequest> sections) {

        AddCodeVersion toCommand() {
            var structure = sections == null ? List.<CodeSection>of() : sections.stream()
                    .map(s -> new CodeSection(s.letter(), s.title(), s.paragraphs() == null ? List.of()
                            : s.paragraphs().stream().map(p -> new CodeParagraph(p.number(), s.letter(), p.title())).toList()))
                    .toList();
            return new AddCodeVersion(code, title, year, adoptedOn, notes, basedOn, structure);
        }
    }

    @PostMapping("/versions")
    @PreAuthorize("hasAuthority('framework:manage')")
    @Operation(summary = "Add a version of the Code", description = "Give either basedOn (copy the structure of an "
            + "existing version) or sections with their paragraphs.")
    @ApiResponse(responseCode = "201", description = "Added")
    ResponseEntity<CodeVersion> addVersion(@Valid @RequestBody CodeVersionRequest request) {
        var version = framework.addCodeVersion(request.toCommand());
        return ResponseEntity.created(URI.create("/api/v1/framework/versions/" + version.code())).body(version);
    }

    @GetMapping("/libraries")
    @PreAuthorize("hasAuthority('framework:read')")
    @Operation(summary = "Versions of the indicator library, newest first")
    List<LibrarySummary> libraries() {
        return framework.libraries();
    }

    @GetMapping("/libraries/{id}/export")
    @PreAuthorize("hasAuthority('framework:read')")
    @Operation(summary = "Export a library version", description = "format=xlsx (default) or json.")
    ResponseEntity<byte[]> export(@PathVariable UUID id, @RequestParam(defaultValue = "xlsx") String format) {
        var chosen = "json".equalsIgnoreCase(format) ? LibraryFormat.JSON : LibraryFormat.XLSX;
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("indicator-library." + chosen.extension()).build().toString())
                .contentType(MediaType.parseMediaType(chosen.mediaType()))
                .body(framework.exportLibrary(new LibraryVersionId(id), chosen));
    }

    @PostMapping(path = "/libraries", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('framework:manage')")
    @Operation(summary = "Import a whole library as a new version", description = "Upload an XLSX or JSON file as "
            + "'file'. The file is checked as a whole; with any problem nothing is saved and the 422 answer lists "
            + "every problem as sheet, row, column and message.")
    @ApiResponse(responseCode = "201", description = "Imported")
    @ApiResponse(responseCode = "422", description = "Refused, with the list of problems")
    ResponseEntity<LibrarySummary> importLibrary(@RequestParam("file") MultipartFile file) {
        var content = Uploads.content(file);
        var library = framework.importLibrary(content, Uploads.format(content));
        return ResponseEntity.created(URI.create("/api/v1/framework/libraries/" + library.id() + "/export"))
                .body(library);
    }

    @ExceptionHandler
    ProblemDetail refused(LibraryImportRefused refused) {
        var locale = LocaleContextHolder.getLocale();
        var problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(422),
                messages.getMessage(refused.messageKey(), refused.arguments(), locale));
        problem.setType(URI.create("https://custodes.org/problems/library-import"));
        problem.setTitle(messages.getMessage("framework.import.refused.title", null, locale));
        problem.setProperty("problems", FrameworkService.sorted(refused.problems()).stream()
                .map(p -> Map.of("sheet", p.sheet(), "row", p.row(), "column", p.column(),
                        "message", messages.getMessage(p.messageKey(), p.arguments(), locale)))
                .toList());
        return problem;
    }
}
