package org.custodes.directory.web;

import jakarta.servlet.http.HttpServletResponse;
import java.text.Collator;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.custodes.directory.DirectorySearch;
import org.custodes.directory.DirectoryService;
import org.custodes.directory.Standing;
import org.custodes.directory.StandingAsOf;
import org.custodes.directory.VerificationDateInFuture;
import org.custodes.directory.VerificationKey;
import org.custodes.organisation.SecurityService;
import org.custodes.shared.CountryCode;
import org.custodes.shared.NotFound;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.PageQuery;
import org.custodes.shared.QrCode;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The public directory, company profiles with their QR code, and the human verification page. No sign-in. */
@Controller
class DirectoryPageController {

    private static final int UNPROCESSABLE = 422;

    private final DirectoryService directory;
    private final MessageSource messages;
    private final java.time.Clock clock;
    private final String baseUrl;

    DirectoryPageController(DirectoryService directory, MessageSource messages, java.time.Clock clock,
            @Value("${custodes.base-url}") String baseUrl) {
        this.directory = directory;
        this.messages = messages;
        this.clock = clock;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    @GetMapping("/directory")
    @PreAuthorize("permitAll()")
    String directory(@RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String country,
            @RequestParam(required = false) @Nullable String service,
            @RequestParam(required = false) @Nullable String standing,
            @RequestParam(defaultValue = "0") String page, Locale locale, Model model) {
        var search = new DirectorySearch(q,
                CountryCode.isKnown(country) ? new CountryCode(country) : null,
                parse(SecurityService.class, service), parse(Standing.class, standing));
        var results = directory.search(search, new PageQuery(number(page), PageQuery.DEFAULT_SIZE));
        model.addAttribute("q", q == null ? "" : q.strip());
        model.addAttribute("country", search.country() == null ? "" : search.country().value());
        model.addAttribute("service", search.service() == null ? "" : search.service().name());
        model.addAttribute("standing", search.standing() == null ? "" : search.standing().name());
        model.addAttribute("results", results);
        model.addAttribute("countries", countryOptions(directory.countriesInUse(), locale));
        model.addAttribute("services", SecurityService.values());
        model.addAttribute("standings", Standing.values());
        model.addAttribute("previousUrl", results.hasPrevious() ? pageUrl(search, results.page() - 1) : null);
        model.addAttribute("nextUrl", results.hasNext() ? pageUrl(search, results.page() + 1) : null);
        model.addAttribute("canFollow", directory.mayWatch());
        return "directory/index";
    }

    @GetMapping("/directory/companies/{id}")
    @PreAuthorize("permitAll()")
    String company(@PathVariable String id, Locale locale, Model model) {
        var company = companyId(id);
        var profile = directory.profile(company);
        model.addAttribute("profile", profile);
        model.addAttribute("company", profile.listing());
        model.addAttribute("countries", countryOptions(profile.listing().countriesOfOperation(), locale));
        model.addAttribute("history", directory.history(company).reversed());
        model.addAttribute("verifyUrl", baseUrl + "/verify/" + company);
        model.addAttribute("canFollow", directory.mayWatch());
        model.addAttribute("following", directory.follows(company));
        return "directory/company";
    }

    @GetMapping(value = "/directory/companies/{id}/qr.svg", produces = "image/svg+xml")
    @PreAuthorize("permitAll()")
    ResponseEntity<String> qrCode(@PathVariable String id, Locale locale) {
        var company = companyId(id);
        var profile = directory.profile(company);
        var title = messages.getMessage("directory.qr.title", new Object[] { profile.listing().legalName() }, locale);
        return ResponseEntity.ok()
                .contentType(MediaType.valueOf("image/svg+xml"))
                .cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(1)).cachePublic())
                .body(QrCode.svg(baseUrl + "/verify/" + company, title));
    }

    @GetMapping("/verify/{id}")
    @PreAuthorize("permitAll()")
    String verify(@PathVariable String id, @RequestParam(required = false) @Nullable String asOf, Locale locale,
            Model model, HttpServletResponse response) {
        var company = companyId(id);
        LocalDate day = directory.today();
        if (asOf != null && !asOf.isBlank()) {
            try {
                day = LocalDate.parse(asOf.strip());
            } catch (DateTimeParseException malformed) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                model.addAttribute("asOfError", messages.getMessage("directory.verify.date.invalid", null, locale));
            }
        }
        StandingAsOf verification;
        try {
            verification = directory.standingAsOf(company, day);
        } catch (VerificationDateInFuture future) {
            // The field says why; the page still answers for today, the latest day anyone can vouch for.
            response.setStatus(UNPROCESSABLE);
            model.addAttribute("asOfError", messages.getMessage(future.messageKey(), future.arguments(), locale));
            day = directory.today();
            verification = directory.standingAsOf(company, day);
        }
        var certificates = directory.certificatesAsOf(company, verification.asOf());
        model.addAttribute("verification", verification);
        model.addAttribute("certificates", certificates);
        model.addAttribute("certifiedElsewhereOnly", verification.standing() == Standing.MEMBER
                && certificates.stream().anyMatch(c -> "ACTIVE".equals(c.status())));
        model.addAttribute("asOf", asOf == null ? day.toString() : asOf.strip());
        model.addAttribute("checkedAt", java.time.ZonedDateTime.now(clock.withZone(java.time.ZoneOffset.UTC)).withNano(0));
        model.addAttribute("apiUrl", "/api/v1/verify/" + company + "?asOf=" + day);
        model.addAttribute("key", currentKey());
        return "directory/verify";
    }

    /** How anyone checks a signed answer without our software: the algorithm, the keys and a worked example. */
    @GetMapping("/directory/verification-method")
    @PreAuthorize("permitAll()")
    String verificationMethod(Model model) {
        model.addAttribute("key", currentKey());
        model.addAttribute("keys", directory.verificationKeys());
        model.addAttribute("keysUrl", baseUrl + "/api/v1/verify/keys");
        model.addAttribute("verifyUrl", baseUrl + "/api/v1/verify/");
        return "directory/verification-method";
    }

    private @Nullable VerificationKey currentKey() {
        return directory.verificationKeys().stream().filter(k -> k.retiredAt() == null)
                .max(Comparator.comparing(VerificationKey::validFrom)).orElse(null);
    }

    static OrganisationId companyId(String id) {
        try {
            return new OrganisationId(UUID.fromString(id));
        } catch (IllegalArgumentException malformed) {
            throw new NotFound("company", id);
        }
    }

    private static String pageUrl(DirectorySearch search, int page) {
        var url = UriComponentsBuilder.fromPath("/directory");
        Optional.ofNullable(search.name()).ifPresent(v -> url.queryParam("q", v));
        Optional.ofNullable(search.country()).ifPresent(v -> url.queryParam("country", v.value()));
        Optional.ofNullable(search.service()).ifPresent(v -> url.queryParam("service", v.name()));
        Optional.ofNullable(search.standing()).ifPresent(v -> url.queryParam("standing", v.name()));
        return url.queryParam("page", page).encode().build().toUriString();
    }

    record CountryOption(String code, String name) {
    }

    static List<CountryOption> countryOptions(List<CountryCode> countries, Locale locale) {
        var collator = Collator.getInstance(locale);
        return countries.stream().map(c -> new CountryOption(c.value(), c.displayName(locale)))
                .sorted(Comparator.comparing(CountryOption::name, collator)).toList();
    }

    private static int number(String page) {
        try {
            return Math.max(0, Integer.parseInt(page));
        } catch (NumberFormatException malformed) {
            return 0;
        }
    }

    private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equalsIgnoreCase(value.strip()))
                .findFirst().orElse(null);
    }
}
