package org.custodes.directory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;

import org.custodes.membership.MembershipStatusChanged;
import org.custodes.membership.SanctionStepDecided;
import org.custodes.organisation.OrganisationKind;
import org.custodes.organisation.OrganisationService;
import org.custodes.shared.OrganisationId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Applies a fact to a company's history: records it once (a redelivered event finds its fingerprint and changes
 * nothing), replays the company's facts through the rules, and shows today's answer on the company row, announcing
 * it when it changed. Callers provide the transaction.
 */
@Component
class StandingProjection {

    private final Companies companies;
    private final OrganisationService organisations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StandingProjection(Companies companies, OrganisationService organisations, ApplicationEventPublisher events,
            Clock clock) {
        this.companies = companies;
        this.organisations = organisations;
        this.events = events;
        this.clock = clock;
    }

    /** Copies a company's facts from the organisation module; other kinds of organisation are not listed. */
    boolean list(OrganisationId organisation) {
        var found = organisations.find(organisation).filter(o -> o.kind() == OrganisationKind.COMPANY);
        found.ifPresent(company -> companies.upsert(company, clock.instant()));
        return found.isPresent();
    }

    void apply(MembershipStatusChanged event) {
        var company = event.organisation();
        if (!lockOrList(company)) {
            return;
        }
        var fingerprint = fingerprint("membership", company, event.previous(), event.current(), event.effectiveOn(),
                event.decisionReference(), event.reason());
        if (companies.recordMembership(company, fingerprint, event.previous(), event.current(), event.effectiveOn(),
                clock.instant())) {
            replay(company);
        }
    }

    void apply(SanctionStepDecided event) {
        var company = event.organisation();
        if (!lockOrList(company)) {
            return;
        }
        var fingerprint = fingerprint("sanction", company, event.caseReference(), event.step(), event.decidedOn(),
                event.dueOn(), event.resolved());
        if (companies.recordSanction(company, fingerprint, event.caseReference(), event.step(), event.decidedOn(),
                event.dueOn(), event.resolved(), clock.instant())) {
            replay(company);
        }
    }

    /** Shows today's standing for companies whose history had a dated change come due since it was last shown. */
    int showDueChanges() {
        var due = companies.withPeriodDue(LocalDate.now(clock));
        for (var company : due) {
            if (companies.lock(company)) {
                showToday(company);
            }
        }
        return due.size();
    }

    private boolean lockOrList(OrganisationId company) {
        return companies.lock(company) || (list(company) && companies.lock(company));
    }

    private void replay(OrganisationId company) {
        companies.replaceHistory(company, StandingTimeline.periods(companies.facts(company)));
        showToday(company);
    }

    private void showToday(OrganisationId company) {
        var today = LocalDate.now(clock);
        var shown = companies.current(company).orElseThrow();
        var now = Companies.CurrentStanding.of(StandingTimeline.asOf(companies.history(company), today).orElse(null));
        if (now.equals(shown)) {
            return;
        }
        companies.showCurrent(company, now, clock.instant());
        if (!now.sameStandingAs(shown)) {
            var name = companies.legalName(company).orElseThrow();
            events.publishEvent(new CompanyStandingChanged(company, name, shown.standing(),
                    shown.correctiveActionOpen(), now.standing(), now.correctiveActionOpen(), now.since()));
        }
    }

    static String fingerprint(Object... parts) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            for (var part : parts) {
                digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0x1f);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
