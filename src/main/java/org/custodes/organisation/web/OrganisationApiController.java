package org.custodes.organisation.web;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.custodes.organisation.OrganisationKind;
import org.custodes.organisation.OrganisationSearch;
import org.custodes.organisation.OrganisationService;
import org.custodes.organisation.SecurityService;
import org.custodes.shared.CountryCode;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.PageQuery;
import org.custodes.shared.PageResult;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The organisation registry as JSON. Constraints on query parameters are checked by Spring MVC itself (no
 * {@code @Validated} proxy), so a bad parameter is a 400 problem like a bad body.
 */
@RestController
@RequestMapping("/api/v1/organisations")
@Tag(name = "Organisations", description = "The registry of companies, civil-society organisations, states and others")
class OrganisationApiController {

    private final OrganisationService organisations;

    OrganisationApiController(OrganisationService organisations) {
        this.organisations = organisations;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('organisation:read')")
    @Operation(summary = "Search organisations", description = "Every filter is optional; q matches part of the legal or "
            + "short name, ignoring case and accents. Pages count from 0; size is at most 100.")
    PageResult<OrganisationResponse> search(
            @RequestParam(required = false) @Size(max = 200) @Pattern(regexp = "[^\\p{Cntrl}]*") @Nullable String q,
            @RequestParam(required = false) @Nullable OrganisationKind kind,
            @RequestParam(required = false) @Parameter(description = "ISO 3166-1 alpha-2 code of a country of operation")
            @Pattern(regexp = "[A-Za-z]{2}") @Nullable String country,
            @RequestParam(required = false) @Nullable SecurityService service,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        var search = new OrganisationSearch(q, kind, country == null ? null : new CountryCode(country), service);
        return organisations.search(search, new PageQuery(page, size)).map(OrganisationResponse::of);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyAuthority('organisation:read', 'organisation:read-own')")
    @Operation(summary = "One organisation with its contacts", description = "Members see only their own organisation: "
            + "any other id answers 404.")
    OrganisationResponse get(@PathVariable UUID id) {
        return OrganisationResponse.of(organisations.details(new OrganisationId(id)));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('organisation:manage')")
    @Operation(summary = "Register an organisation")
    @ApiResponse(responseCode = "201", description = "Registered; the Location header names the new organisation.")
    ResponseEntity<OrganisationResponse> register(@Valid @RequestBody OrganisationRequest request) {
        var id = organisations.register(request.toRegister());
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + id))
                .body(OrganisationResponse.of(organisations.details(id)));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('organisation:manage')")
    @Operation(summary = "Replace the facts of an organisation", description = "Contacts are kept.")
    OrganisationResponse update(@PathVariable UUID id, @Valid @RequestBody OrganisationRequest request) {
        return OrganisationResponse.of(organisations.update(request.toUpdate(new OrganisationId(id))));
    }
}
