package org.custodes.procurement;

import java.util.List;
import java.util.Set;

/** A resource as the library shows it. */
public record ResourceDetails(ResourceId id, ResourceKind kind, String title, String summary, String publisher, int year,
        Set<Audience> audiences, Set<Topic> topics, List<Integer> codeParagraphs, List<ResourceLink> links,
        boolean external, boolean published) {

    public ResourceDetails {
        audiences = Set.copyOf(audiences);
        topics = Set.copyOf(topics);
        codeParagraphs = List.copyOf(codeParagraphs);
        links = List.copyOf(links);
    }

    public List<String> languages() {
        return links.stream().map(ResourceLink::language).toList();
    }
}
