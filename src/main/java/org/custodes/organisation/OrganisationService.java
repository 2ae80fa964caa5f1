package org.custodes.organisation;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.custodes.shared.BusinessRuleViolation;
import org.custodes.shared.NotFound;
import org.custodes.shared.OrganisationId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The registry of organisations: the only way in for pages, the API and other modules. */
@Service
@Transactional
public class OrganisationService {

    private final Organisations organisations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrganisationService(Organisations organisations, ApplicationEventPublisher events, Clock clock) {
        this.organisations = organisations;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('organisation:manage')")
    public OrganisationId register(RegisterOrganisation command) {
        if (organisations.findByLegalName(command.legalName()).isPresent()) {
            throw new BusinessRuleViolation("organisation.legal-name.taken", command.legalName());
        }
        var id = UUID.randomUUID();
        organisations.insert(id, command, clock.instant());
        events.publishEvent(new OrganisationRegistered(new OrganisationId(id), command.kind(), command.legalName()));
        return new OrganisationId(id);
    }

    /** For other modules that hold an id: what the organisation is, without an access check of its own. */
    @Transactional(readOnly = true)
    public Optional<OrganisationSummary> find(OrganisationId id) {
        return organisations.find(id.value());
    }

    @Transactional(readOnly = true)
    public OrganisationSummary get(OrganisationId id) {
        return find(id).orElseThrow(() -> new NotFound("organisation", id));
    }

    /** Companies whose legal or short name contains the text (names are public), for the complaint form. */
    @Transactional(readOnly = true)
    public java.util.List<OrganisationSummary> searchCompanies(String text, int limit) {
        return organisations.searchByName(OrganisationKind.COMPANY, text, Math.min(Math.max(limit, 1), 50));
    }

    @Transactional(readOnly = true)
    public Optional<OrganisationSummary> findByLegalName(String legalName) {
        return organisations.findByLegalName(legalName);
    }
}
