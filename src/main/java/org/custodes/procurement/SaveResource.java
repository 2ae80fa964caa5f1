package org.custodes.procurement;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Add a resource to the library (no id) or revise one. {@code external} marks a resource published by another body:
 * the library shows it for information, not as an endorsement.
 */
public record SaveResource(@Nullable ResourceId id, ResourceKind kind, String title, String summary, String publisher,
        int year, Set<Audience> audiences, Set<Topic> topics, List<Integer> codeParagraphs, List<ResourceLink> links,
        boolean external, boolean published) {

    public SaveResource {
        audiences = Set.copyOf(audiences);
        topics = Set.copyOf(topics);
        codeParagraphs = List.copyOf(codeParagraphs);
        links = List.copyOf(links);
    }
}
