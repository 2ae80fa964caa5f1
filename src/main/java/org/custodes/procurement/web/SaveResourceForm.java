package org.custodes.procurement.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.custodes.procurement.Audience;
import org.custodes.procurement.ResourceDetails;
import org.custodes.procurement.ResourceId;
import org.custodes.procurement.ResourceKind;
import org.custodes.procurement.ResourceLink;
import org.custodes.procurement.SaveResource;
import org.custodes.procurement.Topic;
import org.jspecify.annotations.Nullable;

/**
 * The secretariat's resource form. Links are typed one per line as "language address" ("fr https://..."), so one
 * field holds any number of languages without script; code paragraphs are a comma-separated list.
 */
record SaveResourceForm(
        @NotNull(message = "{procurement.form.required}") @Nullable ResourceKind kind,
        @NotBlank(message = "{procurement.form.required}") @Size(max = 300) @Nullable String title,
        @Size(max = 2000) @Nullable String summary,
        @NotBlank(message = "{procurement.form.required}") @Size(max = 300) @Nullable String publisher,
        @NotNull(message = "{procurement.form.required}") @Min(1948) @Max(2100) @Nullable Integer year,
        @NotEmpty(message = "{procurement.form.audience-required}") @Nullable List<Audience> audiences,
        @Nullable List<Topic> topics,
        @Pattern(regexp = "[0-9 ,]*", message = "{procurement.form.paragraphs}") @Size(max = 400) @Nullable String codeParagraphs,
        @NotBlank(message = "{procurement.form.link-required}") @Size(max = 4000) @Nullable String links,
        @Nullable Boolean external, @Nullable Boolean published) {

    static SaveResourceForm empty() {
        return new SaveResourceForm(ResourceKind.GUIDANCE, null, null, null, null, List.of(), List.of(), null, null,
                true, true);
    }

    static SaveResourceForm of(ResourceDetails resource) {
        var links = new StringBuilder();
        resource.links().forEach(link -> links.append(link.language()).append(' ').append(link.url()).append('\n'));
        return new SaveResourceForm(resource.kind(), resource.title(), resource.summary(), resource.publisher(),
                resource.year(), List.copyOf(resource.audiences()), List.copyOf(resource.topics()),
                String.join(", ", resource.codeParagraphs().stream().map(String::valueOf).toList()),
                links.toString().strip(), resource.external(), resource.published());
    }

    /** The lines of {@link #links()} that are not "language address"; empty when all are. */
    List<String> malformedLinks() {
        return lines().stream().filter(line -> link(line) == null).toList();
    }

    SaveResource toCommand(@Nullable ResourceId id) {
        var parsedLinks = lines().stream().map(SaveResourceForm::link).filter(java.util.Objects::nonNull).toList();
        var paragraphs = new ArrayList<Integer>();
        for (var part : (codeParagraphs == null ? "" : codeParagraphs).split("[ ,]+")) {
            if (!part.isBlank()) {
                paragraphs.add(part.length() > 4 ? 0 : Integer.parseInt(part)); // 0 is refused as no paragraph
            }
        }
        return new SaveResource(id, kind == null ? ResourceKind.GUIDANCE : kind, title == null ? "" : title,
                summary == null ? "" : summary, publisher == null ? "" : publisher, year == null ? 0 : year,
                audiences == null || audiences.isEmpty() ? EnumSet.noneOf(Audience.class) : EnumSet.copyOf(audiences),
                topics == null || topics.isEmpty() ? EnumSet.noneOf(Topic.class) : EnumSet.copyOf(topics), paragraphs,
                parsedLinks, Boolean.TRUE.equals(external), Boolean.TRUE.equals(published));
    }

    private List<String> lines() {
        return (links == null ? "" : links).lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static @Nullable ResourceLink link(String line) {
        var parts = line.split("\\s+");
        if (parts.length != 2) {
            return null;
        }
        try {
            return new ResourceLink(parts[0].toLowerCase(Locale.ROOT), new URI(parts[1]));
        } catch (URISyntaxException malformed) {
            return null;
        }
    }
}
