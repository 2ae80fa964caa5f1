package org.custodes.training.web;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.custodes.shared.Actor;
import org.custodes.shared.OrganisationId;
import org.custodes.training.CourseId;
import org.custodes.training.CourseSummary;
import org.custodes.training.CoverageFigure;
import org.custodes.training.course.CreateCourse;
import org.custodes.training.credential.CredentialCheck;
import org.custodes.training.personnel.PersonnelFileRefused;
import org.custodes.training.credential.SigningKey;
import org.custodes.training.TrainingService;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** JSON of training: courses (created as one source document), coverage, the public key and verification. */
@RestController
@RequestMapping("/api/v1/training")
class TrainingApiController {

    private final TrainingService training;
    private final MessageSource messages;

    TrainingApiController(TrainingService training, MessageSource messages) {
        this.training = training;
        this.messages = messages;
    }

    @GetMapping("/courses")
    @PreAuthorize("hasAuthority('training:manage')")
    List<CourseSummary> courses() {
        return training.courses();
    }

    @PostMapping("/courses")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('training:manage')")
    Map<String, UUID> create(@RequestBody CreateCourse course) {
        CourseId id = training.createCourse(course);
        return Map.of("id", id.value());
    }

    @GetMapping("/coverage/{organisation}")
    @PreAuthorize("hasAnyAuthority('training:enrol', 'training:manage')")
    List<CoverageFigure> coverage(@PathVariable UUID organisation) {
        return training.coverage(new OrganisationId(organisation));
    }

    /**
     * Enrols personnel from a CSV or XLSX file (multipart, part {@code file}). 201 with each person's code, shown
     * this once; the same {@code Idempotency-Key} and file again answer 200 and enrol nobody; a bad file answers 422
     * with every problem (row, column, message) and nobody is enrolled.
     */
    @PostMapping(path = "/personnel/imports", consumes = "multipart/form-data")
    @PreAuthorize("hasAuthority('training:enrol')")
    ResponseEntity<?> importPersonnel(@RequestParam("file") MultipartFile file,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey) throws IOException {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    messages.getMessage("training.import.key-invalid", null, LocaleContextHolder.getLocale()));
            problem.setType(URI.create("https://custodes.org/problems/invalid-request"));
            return ResponseEntity.badRequest().body(problem);
        }
        var organisation = Actor.current().orElseThrow().organisationId();
        var imported = training.importPersonnel(organisation, String.valueOf(file.getOriginalFilename()), file.getBytes(),
                idempotencyKey);
        var body = new LinkedHashMap<String, Object>();
        body.put("importId", imported.importId());
        body.put("enrolled", imported.enrolled());
        body.put("replayed", imported.replayed());
        body.put("people", imported.cards().stream().map(c -> Map.of("learnerId", c.learner().value(),
                "employeeNumber", c.personnelNumber(), "site", c.site(), "code", c.code(),
                "codeExpiresOn", c.codeExpiresOn().toString())).toList());
        return ResponseEntity.status(imported.replayed() ? HttpStatus.OK : HttpStatus.CREATED).body(body);
    }

    @ExceptionHandler
    ProblemDetail refusedFile(PersonnelFileRefused refused) {
        var locale = LocaleContextHolder.getLocale();
        var problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(422),
                messages.getMessage(refused.messageKey(), refused.arguments(), locale));
        problem.setType(URI.create("https://custodes.org/problems/personnel-file"));
        problem.setTitle(messages.getMessage("problem.title.business-rule", null, locale));
        problem.setProperty("problems", PersonnelProblemRow.of(refused.problems(), messages, locale));
        return problem;
    }

    /** The JSON Web Key Set that verifies credentials offline. */
    @GetMapping("/keys")
    @PreAuthorize("permitAll()")
    Map<String, List<SigningKey>> keys() {
        return Map.of("keys", training.signingKeys());
    }

    @PostMapping(path = "/verifications", consumes = "text/plain")
    @PreAuthorize("permitAll()")
    CredentialCheck verify(@RequestBody String credential) {
        return training.verify(credential);
    }
}
