package org.custodes.organisation;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.custodes.shared.Actor;
import org.custodes.shared.NotFound;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.PageQuery;
import org.custodes.shared.PageResult;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The registry of organisations: the only way in for pages, the API and other modules. */
@Service
@Transactional
public class OrganisationService {

    static final String READ = "organisation:read";

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
        var profile = OrganisationProfile.of(command);
        refuseTakenLegalName(profile.legalName(), null);
        var id = UUID.randomUUID();
        try {
            organisations.insert(id, profile, clock.instant());
        } catch (DuplicateKeyException raceWithAnotherRegistration) {
            throw new OrganisationRefused("legalName", "organisation.legal-name.taken", profile.legalName());
        }
        events.publishEvent(new OrganisationRegistered(new OrganisationId(id), profile.kind(), profile.legalName()));
        return new OrganisationId(id);
    }

    @PreAuthorize("hasAuthority('organisation:manage')")
    public OrganisationDetails update(UpdateOrganisation command) {
        var id = command.organisation();
        var before = organisations.find(id.value()).orElseThrow(() -> new NotFound("organisation", id));
        var profile = OrganisationProfile.of(command);
        refuseTakenLegalName(profile.legalName(), id);
        try {
            if (!organisations.update(id.value(), profile, command.expectedVersion(), clock.instant())) {
                throw new OrganisationRefused("version", "organisation.changed-meanwhile");
            }
        } catch (DuplicateKeyException raceWithAnotherUpdate) {
            throw new OrganisationRefused("legalName", "organisation.legal-name.taken", profile.legalName());
        }
        var changed = profile.changesFrom(before);
        if (!changed.isEmpty()) {
            events.publishEvent(new OrganisationUpdated(id, profile.kind(), profile.legalName(), changed));
        }
        return organisations.details(id.value()).orElseThrow(() -> new NotFound("organisation", id));
    }

    @PreAuthorize("hasAuthority('organisation:manage')")
    public ContactId addContact(AddContact command) {
        var organisation = command.organisation();
        organisations.find(organisation.value()).orElseThrow(() -> new NotFound("organisation", organisation));
        var contact = NewContact.of(command);
        var id = UUID.randomUUID();
        organisations.insertContact(id, organisation.value(), contact);
        organisations.touch(organisation.value(), clock.instant());
        events.publishEvent(new ContactAdded(organisation, new ContactId(id), contact.name()));
        return new ContactId(id);
    }

    @PreAuthorize("hasAuthority('organisation:manage')")
    public void removeContact(OrganisationId organisation, ContactId contact) {
        if (!organisations.deleteContact(organisation.value(), contact.value())) {
            throw new NotFound("contact", contact);
        }
        organisations.touch(organisation.value(), clock.instant());
        events.publishEvent(new ContactRemoved(organisation, contact));
    }

    @PreAuthorize("hasAuthority('organisation:read')")
    @Transactional(readOnly = true)
    public PageResult<OrganisationSummary> search(OrganisationSearch search, PageQuery page) {
        return organisations.search(search, page);
    }

    /**
     * One organisation with its contacts. Those who may read only their own organisation get {@link NotFound} for
     * any other, so that an id reveals nothing.
     */
    @PreAuthorize("hasAnyAuthority('organisation:read', 'organisation:read-own')")
    @Transactional(readOnly = true)
    public OrganisationDetails details(OrganisationId id) {
        if (!holds(READ) && !Actor.current().map(Actor::organisationId).filter(id::equals).isPresent()) {
            throw new NotFound("organisation", id);
        }
        return organisations.details(id.value()).orElseThrow(() -> new NotFound("organisation", id));
    }

    /** The organisation the signed-in person acts for. */
    @PreAuthorize("hasAnyAuthority('organisation:read', 'organisation:read-own')")
    @Transactional(readOnly = true)
    public OrganisationDetails mine() {
        var id = Actor.current().map(Actor::organisationId).orElseThrow(() -> new NotFound("organisation", "mine"));
        return organisations.details(id.value()).orElseThrow(() -> new NotFound("organisation", id));
    }

    /** For other modules that hold an id: what the organisation is, without an access check of its own. */
    @Transactional(readOnly = true)
    public Optional<OrganisationSummary> find(OrganisationId id) {
        return organisations.find(id.value());
    }

    /**
     * For other modules' lists: the legal name of each organisation that exists, in one query, so that a page of rows
     * never asks once per row.
     */
    @Transactional(readOnly = true)
    public java.util.Map<OrganisationId, String> namesOf(java.util.Set<OrganisationId> ids) {
        var names = new java.util.HashMap<OrganisationId, String>();
        organisations.legalNames(ids.stream().map(OrganisationId::value).toList())
                .forEach((id, name) -> names.put(new OrganisationId(id), name));
        return names;
    }

    /** For other modules' set-based work: the organisations that exist among the ids, in one query. */
    @Transactional(readOnly = true)
    public java.util.List<OrganisationSummary> summariesOf(java.util.Set<OrganisationId> ids) {
        return organisations.summaries(ids.stream().map(OrganisationId::value).toList());
    }

    /** Like {@link #find}, for callers to whom a missing organisation is an error. */
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

    private void refuseTakenLegalName(String legalName, @org.jspecify.annotations.Nullable OrganisationId self) {
        organisations.findByLegalName(legalName)
                .filter(existing -> !existing.id().equals(self))
                .ifPresent(existing -> {
                    throw new OrganisationRefused("legalName", "organisation.legal-name.taken", legalName);
                });
    }

    private static boolean holds(String permission) {
        return Actor.holds(permission);
    }
}
