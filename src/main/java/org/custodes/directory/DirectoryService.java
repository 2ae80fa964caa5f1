package org.custodes.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.custodes.shared.CountryCode;
import org.custodes.shared.NotFound;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.PageQuery;
import org.custodes.shared.PageResult;
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
    private final Clock clock;

    DirectoryService(Companies companies, Clock clock) {
        this.companies = companies;
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
    public StandingAsOf standingAsOf(OrganisationId company, @org.jspecify.annotations.Nullable LocalDate day) {
        return companies.asOf(company, day == null ? today() : day)
                .orElseThrow(() -> new NotFound("company", company));
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
