package org.custodes.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Set;

import org.custodes.shared.CountryCode;
import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class OrganisationProfileTests {

    static final CountryCode KENYA = new CountryCode("KE");

    static OrganisationProfile profile(OrganisationKind kind, Set<SecurityService> services, @Nullable String website) {
        return new OrganisationProfile(kind, " Aegis Shield Security Ltd ", "Aegis", KENYA, Set.of(KENYA), services, website);
    }

    @Test
    void aCompanyMayOfferServicesFromTheControlledList() {
        var profile = profile(OrganisationKind.COMPANY, Set.of(SecurityService.STATIC_GUARDING), null);
        assertThat(profile.services()).containsExactly(SecurityService.STATIC_GUARDING);
    }

    @ParameterizedTest
    @EnumSource(value = OrganisationKind.class, names = "COMPANY", mode = EnumSource.Mode.EXCLUDE)
    void noOtherKindOffersServices(OrganisationKind kind) {
        assertThatExceptionOfType(OrganisationRefused.class)
                .isThrownBy(() -> profile(kind, Set.of(SecurityService.TRAINING), null))
                .satisfies(refused -> {
                    assertThat(refused.field()).isEqualTo("services");
                    assertThat(refused.messageKey()).isEqualTo("organisation.services.company-only");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = { "https://aegis.example", "http://aegis.example/about?lang=en", "HTTPS://AEGIS.EXAMPLE" })
    void aWebsiteIsAnHttpOrHttpsAddress(String website) {
        assertThat(profile(OrganisationKind.COMPANY, Set.of(), website).website()).isEqualTo(website);
    }

    @ParameterizedTest
    @ValueSource(strings = { "javascript:alert(1)", "ftp://aegis.example", "aegis.example", "https://", "data:text/html,x",
            "https://user:secret@aegis.example", "http://exa mple.org" })
    void anythingElseIsRefusedAsAWebsite(String website) {
        assertThatExceptionOfType(OrganisationRefused.class)
                .isThrownBy(() -> profile(OrganisationKind.COMPANY, Set.of(), website))
                .satisfies(refused -> assertThat(refused.field()).isEqualTo("website"));
    }

    @Test
    void aBlankWebsiteMeansNone() {
        assertThat(profile(OrganisationKind.STATE, Set.of(), "  ").website()).isNull();
    }

    @Test
    void namesAreTrimmedAndRequired() {
        assertThat(profile(OrganisationKind.COMPANY, Set.of(), null).legalName()).isEqualTo("Aegis Shield Security Ltd");
        assertThatExceptionOfType(OrganisationRefused.class)
                .isThrownBy(() -> new OrganisationProfile(OrganisationKind.STATE, "Kenya", "   ", KENYA, Set.of(), Set.of(), null))
                .satisfies(refused -> assertThat(refused.field()).isEqualTo("shortName"));
        assertThatExceptionOfType(OrganisationRefused.class)
                .isThrownBy(() -> new OrganisationProfile(OrganisationKind.STATE, "x".repeat(201), "K", KENYA, Set.of(), Set.of(), null))
                .satisfies(refused -> assertThat(refused.messageKey()).isEqualTo("organisation.name.too-long"));
    }

    @Test
    void changesNameTheFactsThatDiffer() {
        var before = new OrganisationSummary(new OrganisationId(java.util.UUID.randomUUID()), OrganisationKind.COMPANY,
                "Aegis Shield Security Ltd", "Aegis", KENYA, Set.of(KENYA), Set.of(), null);
        var after = new OrganisationProfile(OrganisationKind.COMPANY, "Aegis Shield Security Ltd", "Aegis Shield", KENYA,
                Set.of(KENYA, new CountryCode("UG")), Set.of(), "https://aegis.example");
        assertThat(after.changesFrom(before)).containsExactly("countriesOfOperation", "shortName", "website");
    }
}
