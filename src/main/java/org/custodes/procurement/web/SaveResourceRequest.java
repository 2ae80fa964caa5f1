package org.custodes.procurement.web;

import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.custodes.procurement.Audience;
import org.custodes.procurement.ResourceId;
import org.custodes.procurement.ResourceKind;
import org.custodes.procurement.ResourceLink;
import org.custodes.procurement.SaveResource;
import org.custodes.procurement.Topic;
import org.jspecify.annotations.Nullable;

/** A resource as the API takes it. */
record SaveResourceRequest(
        @NotNull @Nullable ResourceKind kind,
        @NotBlank @Size(max = 300) @Nullable String title,
        @Size(max = 2000) @Nullable String summary,
        @NotBlank @Size(max = 300) @Nullable String publisher,
        @NotNull @Nullable Integer year,
        @NotEmpty @Nullable Set<Audience> audiences,
        @Nullable Set<Topic> topics,
        @Nullable List<Integer> codeParagraphs,
        @NotEmpty @Nullable List<@Valid @NotNull Link> links,
        @Nullable Boolean external, @Nullable Boolean published) {

    record Link(@NotNull @Pattern(regexp = "[a-z]{2}") @Nullable String language, @NotNull @Nullable URI url) {
    }

    SaveResource toCommand(@Nullable ResourceId id) {
        return new SaveResource(id, kind == null ? ResourceKind.GUIDANCE : kind, title == null ? "" : title,
                summary == null ? "" : summary, publisher == null ? "" : publisher, year == null ? 0 : year,
                audiences == null || audiences.isEmpty() ? EnumSet.noneOf(Audience.class) : EnumSet.copyOf(audiences),
                topics == null || topics.isEmpty() ? EnumSet.noneOf(Topic.class) : EnumSet.copyOf(topics),
                codeParagraphs == null ? List.of() : codeParagraphs,
                links == null ? List.of() : links.stream()
                        .map(link -> new ResourceLink(String.valueOf(link.language()), link.url())).toList(),
                Boolean.TRUE.equals(external), Boolean.TRUE.equals(published));
    }
}
