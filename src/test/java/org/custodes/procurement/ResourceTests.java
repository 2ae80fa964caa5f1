package org.custodes.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.net.URI;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ResourceTests {

    static final int THIS_YEAR = 2026;

    static SaveResource guide(List<ResourceLink> links) {
        return new SaveResource(null, ResourceKind.GUIDANCE, "  Hiring private security  ", "A summary", "DCAF", 2016,
                Set.of(Audience.CLIENTS), Set.of(Topic.PROCUREMENT), List.of(63, 45, 63), links, true, true);
    }

    static ResourceLink link(String language, String url) {
        return new ResourceLink(language, URI.create(url));
    }

    @Test
    void addingAResourceTrimsItsTextSortsItsParagraphsAndRecordsTheAddition() {
        var resource = Resource.add(guide(List.of(link("en", "https://example.org/en"))), THIS_YEAR);

        assertThat(resource.details().title()).isEqualTo("Hiring private security");
        assertThat(resource.details().codeParagraphs()).containsExactly(45, 63);
        assertThat(resource.pendingEvents())
                .containsExactly(new ResourceSaved(resource.id(), "Hiring private security", true, true));
    }

    @Test
    void aResourceWithoutATitleIsRefusedOnTheTitle() {
        var untitled = new SaveResource(null, ResourceKind.GUIDANCE, " ", "", "DCAF", 2016, Set.of(Audience.CLIENTS),
                Set.of(), List.of(), List.of(link("en", "https://example.org")), true, true);

        assertThatExceptionOfType(ProcurementRuleViolated.class).isThrownBy(() -> Resource.add(untitled, THIS_YEAR))
                .satisfies(refused -> assertThat(refused.field()).isEqualTo("title"));
    }

    @Test
    void aResourceWithoutALinkIsRefusedOnTheLinks() {
        assertThatExceptionOfType(ProcurementRuleViolated.class)
                .isThrownBy(() -> Resource.add(guide(List.of()), THIS_YEAR))
                .satisfies(refused -> assertThat(refused.messageKey()).isEqualTo("procurement.resource.link.required"));
    }

    @Test
    void aLinkMustNameALanguageOnceAndPointToTheWeb() {
        assertThatExceptionOfType(ProcurementRuleViolated.class)
                .isThrownBy(() -> Resource.add(guide(List.of(link("english", "https://example.org"))), THIS_YEAR))
                .satisfies(refused -> assertThat(refused.messageKey()).isEqualTo("procurement.resource.link.language"));
        assertThatExceptionOfType(ProcurementRuleViolated.class)
                .isThrownBy(() -> Resource.add(guide(List.of(link("en", "https://a.example"),
                        link("en", "https://b.example"))), THIS_YEAR))
                .satisfies(refused -> assertThat(refused.messageKey()).isEqualTo("procurement.resource.link.duplicate"));
        assertThatExceptionOfType(ProcurementRuleViolated.class)
                .isThrownBy(() -> Resource.add(guide(List.of(link("en", "javascript:alert(1)"))), THIS_YEAR))
                .satisfies(refused -> assertThat(refused.messageKey()).isEqualTo("procurement.resource.link.address"));
        assertThatExceptionOfType(ProcurementRuleViolated.class)
                .isThrownBy(() -> Resource.add(guide(List.of(link("en", "/relative/path"))), THIS_YEAR));
    }

    @Test
    void aYearInTheFutureIsRefused() {
        var future = new SaveResource(null, ResourceKind.TEMPLATE, "Template", "", "Body", THIS_YEAR + 1,
                Set.of(Audience.STATES), Set.of(), List.of(), List.of(link("fr", "https://example.org")), false, true);

        assertThatExceptionOfType(ProcurementRuleViolated.class).isThrownBy(() -> Resource.add(future, THIS_YEAR))
                .satisfies(refused -> assertThat(refused.field()).isEqualTo("year"));
    }

    @Test
    void aResourceWithoutAnAudienceIsRefused() {
        var nobody = new SaveResource(null, ResourceKind.TEMPLATE, "Template", "", "Body", 2020, Set.of(), Set.of(),
                List.of(), List.of(link("fr", "https://example.org")), false, true);

        assertThatExceptionOfType(ProcurementRuleViolated.class).isThrownBy(() -> Resource.add(nobody, THIS_YEAR))
                .satisfies(refused -> assertThat(refused.field()).isEqualTo("audiences"));
    }

    @Test
    void revisingAResourceRecordsThatItWasTakenOffTheLibrary() {
        var resource = Resource.add(guide(List.of(link("en", "https://example.org/en"))), THIS_YEAR);
        resource.clearEvents();
        var withdrawn = new SaveResource(null, ResourceKind.GUIDANCE, "Hiring private security", "A summary", "DCAF",
                2016, Set.of(Audience.CLIENTS), Set.of(), List.of(), List.of(link("es", "https://example.org/es")), true,
                false);

        resource.revise(withdrawn, THIS_YEAR);

        assertThat(resource.details().published()).isFalse();
        assertThat(resource.details().languages()).containsExactly("es");
        assertThat(resource.pendingEvents())
                .containsExactly(new ResourceSaved(resource.id(), "Hiring private security", false, false));
    }
}
