package org.custodes.directory;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.custodes.certification.CertificationService;
import org.custodes.identity.IdentityService;
import org.custodes.identity.SignedInUser;
import org.custodes.shared.CountryCode;
import org.custodes.shared.NotFound;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.PageQuery;
import org.custodes.shared.PageResult;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public registry: who the companies are and where each stands, today or on any past date. Everything here is
 * public by design; the facts come from other modules' events, never from this facade. The two verification
 * methods run without a transaction: each is one statement, and they are the hot path.
 */
@Service
public class DirectoryService {

    private static final int DELIVERY_LOG_LINES = 100;

    private final Companies companies;
    private final CertificationService certification;
    private final VerificationCache verificationCache;
    private final SigningKeys keys;
    private final Watchlists watchlists;
    private final Webhooks webhooks;
    private final WebhookTargets targets;
    private final KeyProtection protection;
    private final IdentityService identity;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    DirectoryService(Companies companies, SigningKeys keys, Watchlists watchlists, Webhooks webhooks,
            WebhookTargets targets, KeyProtection protection, IdentityService identity, CertificationService certification,
            VerificationCache verificationCache, Clock clock) {
        this.companies = companies;
        this.certification = certification;
        this.verificationCache = verificationCache;
        this.keys = keys;
        this.watchlists = watchlists;
        this.webhooks = webhooks;
        this.targets = targets;
        this.protection = protection;
        this.identity = identity;
        this.clock = clock;
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public PageResult<CompanyListing> search(DirectorySearch search, PageQuery page) {
        return companies.search(search, page);
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public CompanyProfile profile(OrganisationId company) {
        var profile = companies.profile(company).orElseThrow(() -> new NotFound("company", company));
        return profile.withCertificates(certificates(company, today()));
    }

    /** The company's certificates as the public saw them at the end of {@code day}, for the verification page. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<ListedCertificate> certificatesAsOf(OrganisationId company, LocalDate day) {
        return certificates(company, day);
    }

    private List<ListedCertificate> certificates(OrganisationId company, LocalDate day) {
        return certification.publicCertificatesOf(company, day).stream().map(ListedCertificate::of).toList();
    }

    /**
     * Where the company stood at the end of {@code day} (today when null; a later day is refused with
     * {@link VerificationDateInFuture}). One indexed query and no transaction: the verification endpoint is on the
     * hot path.
     */
    @PreAuthorize("permitAll()")
    public StandingAsOf standingAsOf(OrganisationId company, @Nullable LocalDate day) {
        refuseFuture(day);
        return companies.asOf(company, day == null ? today() : day)
                .orElseThrow(() -> new NotFound("company", company));
    }

    /**
     * The signed answer to "where did this company stand at the end of {@code day}": the standing and certificates
     * from {@link VerificationCache} (see there how stale they may be; on a miss, one indexed query and the
     * certification module's public certificates), then a signature with the key held in memory. No transaction.
     * A day after today is refused ({@link VerificationDateInFuture}): nobody can vouch for it yet.
     */
    @PreAuthorize("permitAll()")
    public SignedVerification verify(OrganisationId company, @Nullable LocalDate day) {
        refuseFuture(day);
        var asOf = day == null ? today() : day;
        var facts = verificationCache.get(company, asOf,
                () -> new VerificationCache.Facts(standingAsOf(company, asOf), certificates(company, asOf)));
        var signer = keys.signer();
        var canonical = facts.document().signed(signer.keyId(), clock.instant());
        var signature = signer.sign(canonical.getBytes(StandardCharsets.UTF_8));
        return new SignedVerification(canonical, signer.keyId(), SigningKeys.ALGORITHM,
                Base64.getEncoder().encodeToString(signature));
    }

    /** Every key that signed or signs verification answers, so that old answers can still be checked. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<VerificationKey> verificationKeys() {
        return keys.published();
    }

    /** The dated history of the company's standing, oldest first. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<StandingPeriod> history(OrganisationId company) {
        if (companies.legalName(company).isEmpty()) {
            throw new NotFound("company", company);
        }
        return companies.publicHistory(company);
    }

    /** The countries some listed company operates in, for the directory's filter. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<CountryCode> countriesInUse() {
        return companies.countriesInUse();
    }

    /** Follows a company: its standing changes are e-mailed to the current user and sent to their webhooks. */
    @PreAuthorize("hasAuthority('directory:watch')")
    @Transactional
    public void follow(OrganisationId company) {
        var user = user();
        if (companies.legalName(company).isEmpty()) {
            throw new NotFound("company", company);
        }
        watchlists.follow(user.id(), company, user.email(), user.language(), clock.instant());
    }

    @PreAuthorize("hasAuthority('directory:watch')")
    @Transactional
    public void unfollow(OrganisationId company) {
        watchlists.unfollow(user().id(), company);
    }

    @PreAuthorize("hasAuthority('directory:watch')")
    @Transactional(readOnly = true)
    public List<CompanyListing> watchlist() {
        return watchlists.followed(user().id()).stream().flatMap(id -> companies.profile(id).stream())
                .map(CompanyProfile::listing).toList();
    }

    /** Whether the current user may follow companies (false for visitors). */
    @PreAuthorize("permitAll()")
    public boolean mayWatch() {
        return identity.currentUser().map(u -> u.can("directory:watch")).orElse(false);
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public boolean follows(OrganisationId company) {
        return mayWatch() && watchlists.follows(user().id(), company);
    }

    /**
     * Registers a webhook for the current user's followed companies. The URL must be http(s) and resolve to public
     * addresses only (checked again at each delivery); the secret is returned this once.
     */
    @PreAuthorize("hasAuthority('directory:webhooks')")
    @Transactional
    public RegisteredWebhook registerWebhook(String url) {
        var user = user();
        var checked = targets.check(url);
        var id = UUID.randomUUID();
        var bytes = new byte[32];
        random.nextBytes(bytes);
        var secret = "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        webhooks.insert(id, user.id(), user.organisation(), checked.uri().toString(),
                protection.seal(secret.getBytes(StandardCharsets.UTF_8), Webhooks.secretPurpose(id)),
                protection.protection(), clock.instant());
        return new RegisteredWebhook(id, checked.uri().toString(), secret);
    }

    @PreAuthorize("hasAuthority('directory:webhooks')")
    @Transactional(readOnly = true)
    public List<WebhookSummary> webhooks() {
        return webhooks.of(user().id());
    }

    @PreAuthorize("hasAuthority('directory:webhooks')")
    @Transactional(readOnly = true)
    public List<WebhookDelivery> webhookDeliveries() {
        return webhooks.log(user().id(), DELIVERY_LOG_LINES);
    }

    @PreAuthorize("hasAuthority('directory:webhooks')")
    @Transactional
    public void removeWebhook(UUID webhook) {
        if (!webhooks.delete(webhook, user().id())) {
            throw new NotFound("webhook", webhook);
        }
    }

    private SignedInUser user() {
        return identity.currentUser().orElseThrow(() -> new AccessDeniedException("No signed-in user"));
    }

    private void refuseFuture(@Nullable LocalDate day) {
        var today = today();
        if (day != null && day.isAfter(today)) {
            throw new VerificationDateInFuture(day, today);
        }
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
