package org.custodes.directory;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;

import org.custodes.shared.CountryCode;
import org.custodes.shared.NotFound;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.PageQuery;
import org.custodes.shared.PageResult;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public registry: who the companies are and where each stands, today or on any past date. Everything here is
 * public by design; the facts come from other modules' events, never from this facade.
 */
@Service
@Transactional(readOnly = true)
public class DirectoryService {

    private final Companies companies;
    private final SigningKeys keys;
    private final Clock clock;

    DirectoryService(Companies companies, SigningKeys keys, Clock clock) {
        this.companies = companies;
        this.keys = keys;
        this.clock = clock;
    }

    @PreAuthorize("permitAll()")
    public PageResult<CompanyListing> search(DirectorySearch search, PageQuery page) {
        return companies.search(search, page);
    }

    @PreAuthorize("permitAll()")
    public CompanyProfile profile(OrganisationId company) {
        return companies.profile(company).orElseThrow(() -> new NotFound("company", company));
    }

    /**
     * Where the company stood at the end of {@code day} (today when null). One indexed query and no transaction:
     * the verification endpoint is on the hot path.
     */
    @PreAuthorize("permitAll()")
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public StandingAsOf standingAsOf(OrganisationId company, @Nullable LocalDate day) {
        return companies.asOf(company, day == null ? today() : day)
                .orElseThrow(() -> new NotFound("company", company));
    }

    /**
     * The signed answer to "where did this company stand at the end of {@code day}": one indexed query, a signature
     * with the key held in memory, no transaction.
     */
    @PreAuthorize("permitAll()")
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public SignedVerification verify(OrganisationId company, @Nullable LocalDate day) {
        var standing = standingAsOf(company, day);
        var signer = keys.signer();
        var verification = new LinkedHashMap<String, Object>();
        verification.put("companyId", company.toString());
        verification.put("legalName", standing.legalName());
        verification.put("standing", standing.standing().name());
        verification.put("standingSince", standing.since() == null ? null : standing.since().toString());
        verification.put("correctiveActionOpen", standing.correctiveActionOpen());
        verification.put("asOf", standing.asOf().toString());
        verification.put("certificates", List.of());
        verification.put("verifiedAt", clock.instant().truncatedTo(ChronoUnit.MILLIS).toString());
        verification.put("keyId", signer.keyId());
        var canonical = CanonicalJson.write(verification);
        var signature = signer.sign(canonical.getBytes(StandardCharsets.UTF_8));
        return new SignedVerification(canonical, signer.keyId(), SigningKeys.ALGORITHM,
                Base64.getEncoder().encodeToString(signature));
    }

    /** Every key that signed or signs verification answers, so that old answers can still be checked. */
    @PreAuthorize("permitAll()")
    public List<VerificationKey> verificationKeys() {
        return keys.published();
    }

    /** The dated history of the company's standing, oldest first. */
    @PreAuthorize("permitAll()")
    public List<StandingPeriod> history(OrganisationId company) {
        if (companies.legalName(company).isEmpty()) {
            throw new NotFound("company", company);
        }
        return companies.history(company);
    }

    /** The countries some listed company operates in, for the directory's filter. */
    @PreAuthorize("permitAll()")
    public List<CountryCode> countriesInUse() {
        return companies.countriesInUse();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
