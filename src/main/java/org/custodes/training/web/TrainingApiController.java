package org.custodes.training.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.custodes.shared.OrganisationId;
import org.custodes.training.CourseId;
import org.custodes.training.CourseSummary;
import org.custodes.training.CoverageFigure;
import org.custodes.training.CreateCourse;
import org.custodes.training.CredentialCheck;
import org.custodes.training.SigningKey;
import org.custodes.training.TrainingService;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** JSON of training: courses (created as one source document), coverage, the public key and verification. */
@RestController
@RequestMapping("/api/v1/training")
class TrainingApiController {

    private final TrainingService training;

    TrainingApiController(TrainingService training) {
        this.training = training;
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
