package org.custodes.directory.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.custodes.directory.CompanyListing;
import org.custodes.directory.DirectorySearch;
import org.custodes.directory.DirectoryService;
import org.custodes.directory.ListedCertificate;
import org.custodes.directory.Standing;
import org.custodes.directory.VerificationKey;
import org.custodes.organisation.SecurityService;
import org.custodes.shared.CountryCode;
import org.custodes.shared.PageQuery;
import org.custodes.shared.PageResult;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public JSON face of the directory and the signed verification API. No sign-in; every client IP is rate
 * limited ({@link RateLimiter}).
 */
@RestController
class DirectoryApiController {

    private final DirectoryService directory;
    private final String baseUrl;

    DirectoryApiController(DirectoryService directory, @Value("${custodes.base-url}") String baseUrl) {
        this.directory = directory;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /** A company as the API shows it: plain codes, so that clients need none of our types. */
    record CompanyJson(UUID id, String legalName, String shortName, String countryOfRegistration,
            List<String> countriesOfOperation, List<String> services, Standing standing,
            @Nullable LocalDate standingSince, boolean correctiveActionOpen) {

        static CompanyJson of(CompanyListing c) {
            return new CompanyJson(c.id().value(), c.legalName(), c.shortName(), c.countryOfRegistration().value(),
                    c.countriesOfOperation().stream().map(CountryCode::value).toList(),
                    c.services().stream().map(Enum::name).toList(), c.standing(), c.standingSince(),
                    c.correctiveActionOpen());
        }
    }

    record CompanyProfileJson(CompanyJson company, @Nullable String website, @Nullable String grievanceMechanismUrl,
            List<ListedCertificate> certificates, String verificationUrl) {
    }

    record KeysJson(List<VerificationKey> keys) {
    }

    @GetMapping("/api/v1/directory/companies")
    @PreAuthorize("permitAll()")
    PageResult<CompanyJson> companies(@RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String country,
            @RequestParam(required = false) @Nullable SecurityService service,
            @RequestParam(required = false) @Nullable Standing standing,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        if (country != null && !country.isBlank() && !CountryCode.isKnown(country)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        var search = new DirectorySearch(q, country == null || country.isBlank() ? null : new CountryCode(country),
                service, standing);
        return directory.search(search, new PageQuery(page, size)).map(CompanyJson::of);
    }

    @GetMapping("/api/v1/directory/companies/{id}")
    @PreAuthorize("permitAll()")
    CompanyProfileJson company(@PathVariable String id) {
        var company = DirectoryPageController.companyId(id);
        var profile = directory.profile(company);
        return new CompanyProfileJson(CompanyJson.of(profile.listing()), profile.website(),
                profile.grievanceMechanismUrl(), profile.certificates(), baseUrl + "/verify/" + company);
    }

    /**
     * Where the company stood at the end of {@code asOf} (default: today, UTC), signed. See
     * {@link SignedVerification} for what exactly is signed.
     */
    @GetMapping(value = "/api/v1/verify/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("permitAll()")
    ResponseEntity<byte[]> verify(@PathVariable String id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf) {
        var verification = directory.verify(DirectoryPageController.companyId(id), asOf);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).cacheControl(CacheControl.noStore())
                .body(verification.toJsonBytes());
    }

    @GetMapping("/api/v1/verify/keys")
    @PreAuthorize("permitAll()")
    ResponseEntity<KeysJson> keys() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePublic())
                .body(new KeysJson(directory.verificationKeys()));
    }
}
