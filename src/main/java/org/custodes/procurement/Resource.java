package org.custodes.procurement;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/** A resource of the library; it checks what the library promises its readers before anything is saved. */
final class Resource {

    static final int TITLE_MAX = 300;
    static final int SUMMARY_MAX = 2_000;
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
    private static final int FIRST_YEAR = 1948; // the Universal Declaration of Human Rights

    private final UUID id;
    private final long version;
    private final boolean isNew;
    private SaveResource content;
    private final List<Object> events = new ArrayList<>();

    private Resource(UUID id, long version, boolean isNew, SaveResource content) {
        this.id = id;
        this.version = version;
        this.isNew = isNew;
        this.content = content;
    }

    static Resource add(SaveResource content, int currentYear) {
        var resource = new Resource(UUID.randomUUID(), 0, true, checked(content, currentYear));
        resource.events.add(new ResourceSaved(resource.id(), content.title().strip(), content.published(), true));
        return resource;
    }

    static Resource of(UUID id, long version, SaveResource content) {
        return new Resource(id, version, false, content);
    }

    Resource revise(SaveResource revised, int currentYear) {
        content = checked(revised, currentYear);
        events.add(new ResourceSaved(id(), revised.title().strip(), revised.published(), false));
        return this;
    }

    private static SaveResource checked(SaveResource content, int currentYear) {
        if (content.title().isBlank()) {
            throw new ProcurementRuleViolated("title", "procurement.resource.title.required");
        }
        if (content.title().strip().length() > TITLE_MAX) {
            throw new ProcurementRuleViolated("title", "procurement.resource.title.too-long", TITLE_MAX);
        }
        if (content.summary().strip().length() > SUMMARY_MAX) {
            throw new ProcurementRuleViolated("summary", "procurement.resource.summary.too-long", SUMMARY_MAX);
        }
        if (content.publisher().isBlank()) {
            throw new ProcurementRuleViolated("publisher", "procurement.resource.publisher.required");
        }
        if (content.year() < FIRST_YEAR || content.year() > currentYear) {
            throw new ProcurementRuleViolated("year", "procurement.resource.year.out-of-range", FIRST_YEAR, currentYear);
        }
        if (content.audiences().isEmpty()) {
            throw new ProcurementRuleViolated("audiences", "procurement.resource.audience.required");
        }
        if (content.codeParagraphs().stream().anyMatch(paragraph -> paragraph < 1)) {
            throw new ProcurementRuleViolated("codeParagraphs", "procurement.resource.paragraph.invalid");
        }
        if (content.links().isEmpty()) {
            throw new ProcurementRuleViolated("links", "procurement.resource.link.required");
        }
        var languages = new HashSet<String>();
        for (var link : content.links()) {
            if (!LANGUAGE.matcher(link.language()).matches()) {
                throw new ProcurementRuleViolated("links", "procurement.resource.link.language", link.language());
            }
            if (!languages.add(link.language())) {
                throw new ProcurementRuleViolated("links", "procurement.resource.link.duplicate", link.language());
            }
            if (!webAddress(link.url())) {
                throw new ProcurementRuleViolated("links", "procurement.resource.link.address", link.url());
            }
        }
        return new SaveResource(null, content.kind(), content.title().strip(), content.summary().strip(),
                content.publisher().strip(), content.year(), content.audiences(), content.topics(),
                content.codeParagraphs().stream().distinct().sorted().toList(), content.links(), content.external(),
                content.published());
    }

    private static boolean webAddress(URI url) {
        var scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        return url.isAbsolute() && (scheme.equals("https") || scheme.equals("http")) && url.getHost() != null
                && url.getUserInfo() == null;
    }

    ResourceId id() {
        return new ResourceId(id);
    }

    long version() {
        return version;
    }

    boolean isNew() {
        return isNew;
    }

    SaveResource content() {
        return content;
    }

    ResourceDetails details() {
        return new ResourceDetails(id(), content.kind(), content.title(), content.summary(), content.publisher(),
                content.year(), content.audiences(), content.topics(), content.codeParagraphs(), content.links(),
                content.external(), content.published());
    }

    List<Object> pendingEvents() {
        return List.copyOf(events);
    }

    void clearEvents() {
        events.clear();
    }
}
