package org.custodes.procurement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.custodes.directory.DirectorySearch;
import org.custodes.directory.DirectoryService;
import org.custodes.shared.Actor;
import org.custodes.shared.NotFound;
import org.custodes.shared.PageQuery;
import org.custodes.shared.PageResult;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The resources library and the procurement toolkit. Reading both is public; the secretariat manages the library.
 * Company checks read the public directory through its facade and nothing else.
 */
@Service
public class ProcurementService {

    static final String MANAGE = "procurement:manage-resources";
    private static final int CHECK_LIMIT = 20;

    private final Resources resources;
    private final DirectoryService directory;
    private final Clock clock;

    ProcurementService(Resources resources, DirectoryService directory, Clock clock) {
        this.resources = resources;
        this.directory = directory;
        this.clock = clock;
    }

    /** Published resources matching the filters; the secretariat also sees those taken off the library. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public PageResult<ResourceDetails> resources(ResourceSearch search, PageQuery page) {
        return resources.search(search, mayManage(), page);
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public ResourceDetails resource(ResourceId id) {
        return resources.find(id).map(Resource::details).filter(found -> found.published() || mayManage())
                .orElseThrow(() -> new NotFound("resource", id));
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<String> resourceLanguages() {
        return resources.languagesInUse();
    }

    @PreAuthorize("hasAuthority('" + MANAGE + "')")
    @Transactional
    public ResourceId addResource(SaveResource command) {
        var resource = Resource.add(command, LocalDate.now(clock).getYear());
        resources.save(resource, clock.instant());
        return resource.id();
    }

    @PreAuthorize("hasAuthority('" + MANAGE + "')")
    @Transactional
    public ResourceDetails reviseResource(ResourceId id, SaveResource command) {
        var resource = resources.find(id).orElseThrow(() -> new NotFound("resource", id))
                .revise(command, LocalDate.now(clock).getYear());
        resources.save(resource, clock.instant());
        return resource.details();
    }

    /** Whether the signed-in person manages the library, for the pages' links. */
    @PreAuthorize("permitAll()")
    public boolean mayManage() {
        return Actor.holds(MANAGE);
    }

    @PreAuthorize("permitAll()")
    public List<ToolkitChecklistItem> checklist() {
        return Checklist.ITEMS;
    }

    @PreAuthorize("permitAll()")
    public List<ModelClause> modelClauses() {
        return List.of(ModelClause.values());
    }

    /** Companies of the public directory whose name matches, read against the toolkit's requirements. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<CompanyCheck> checkCompanies(String name) {
        if (name.isBlank()) {
            return List.of();
        }
        return directory.search(new DirectorySearch(name, null, null, null), new PageQuery(0, CHECK_LIMIT)).items()
                .stream().map(Checklist::check).toList();
    }
}
