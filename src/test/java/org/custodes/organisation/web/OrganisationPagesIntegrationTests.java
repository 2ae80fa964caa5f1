package org.custodes.organisation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custodes.organisation.OrganisationFixtures.company;
import static org.custodes.organisation.OrganisationFixtures.secretariat;
import static org.custodes.organisation.OrganisationFixtures.signedIn;
import static org.custodes.organisation.OrganisationFixtures.unique;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.custodes.organisation.OrganisationService;
import org.custodes.shared.OrganisationId;
import org.custodes.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class OrganisationPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationService organisations;

    final Authentication secretariat = secretariat();

    MockHttpServletRequestBuilder registration(String legalName) {
        return registration(legalName, "COMPANY", "https://watchtower.example");
    }

    MockHttpServletRequestBuilder registration(String legalName, String kind, String website) {
        return post("/organisations").with(authentication(secretariat)).with(csrf())
                .param("kind", kind).param("legalName", legalName).param("shortName", "Watchtower")
                .param("countryOfRegistration", "KE").param("countriesOfOperation", "KE", "UG")
                .param("services", "STATIC_GUARDING", "DOG_HANDLING").param("website", website);
    }

    OrganisationId registered(String legalName) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(secretariat);
        SecurityContextHolder.setContext(context);
        try {
            return organisations.register(company(legalName, "GB", "IQ"));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void theSecretariatRegistersAnOrganisationAndSeesItsPageInFrench() throws Exception {
        var name = unique("Watchtower Guarding");
        var location = mvc.perform(registration(name))
                .andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("/organisations/*"))
                .andReturn().getResponse().getRedirectedUrl();
        var id = location.substring(location.lastIndexOf('/') + 1);

        mvc.perform(get(location).param("lang", "fr").with(authentication(secretariat)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(name), containsString("Kenya"),
                        containsString("Ouganda"), containsString("Gardiennage statique"), containsString("Maîtres-chiens"),
                        containsString("Entreprise de sécurité"),
                        containsString("href=\"/identity/organisations/" + id + "/users\""),
                        containsString("Utilisateurs et invitations"))));
    }

    @Test
    void anInvalidFormComesBackInFrenchWithWhatWasTyped() throws Exception {
        mvc.perform(post("/organisations").header("Accept-Language", "fr").with(authentication(secretariat)).with(csrf())
                        .param("kind", "COMPANY").param("legalName", " ").param("shortName", "Gardes du Nord")
                        .param("countryOfRegistration", "FR").param("countriesOfOperation", "FR", "BE"))
                .andExpect(status().is(422))
                .andExpect(content().string(allOf(containsString("Ce champ est obligatoire."),
                        containsString("value=\"Gardes du Nord\""), containsString("aria-invalid=\"true\""),
                        containsString("aria-describedby=\"legalName-error\""), containsString("id=\"legalName-error\""),
                        containsString("<option value=\"BE\" selected=\"selected\">Belgique</option>"))));
    }

    @Test
    void ruleViolationsAreShownOnTheirFieldInTheUsersLanguage() throws Exception {
        var taken = unique("Taken Name Security");
        registered(taken);

        mvc.perform(registration(taken).header("Accept-Language", "fr"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Une organisation nommée " + taken + " est déjà enregistrée.")));
        mvc.perform(registration(unique("Ftp Security"), "COMPANY", "ftp://files.example").header("Accept-Language", "es"))
                .andExpect(status().is(422))
                .andExpect(content().string(allOf(containsString("https://"), containsString("id=\"website-error\""),
                        containsString("value=\"ftp://files.example\""))));
        mvc.perform(registration(unique("State With Services"), "STATE", "").header("Accept-Language", "fr"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Seules les entreprises de sécurité proposent")));
    }

    @Test
    void theSecretariatEditsAnOrganisation() throws Exception {
        var id = registered(unique("Editable Security"));
        mvc.perform(get("/organisations/{id}/edit", id).with(authentication(secretariat)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("name=\"version\" value=\"0\""),
                        containsString("<option value=\"IQ\" selected=\"selected\">Iraq</option>"))));

        var renamed = unique("Renamed Security");
        mvc.perform(post("/organisations/{id}", id).with(authentication(secretariat)).with(csrf())
                        .param("version", "0").param("kind", "COMPANY").param("legalName", renamed)
                        .param("shortName", "Renamed").param("countryOfRegistration", "GB").param("countriesOfOperation", "GB"))
                .andExpect(status().isFound());
        mvc.perform(get("/organisations/{id}", id).with(authentication(secretariat)))
                .andExpect(content().string(allOf(containsString(renamed), not(containsString("Iraq")))));

        mvc.perform(post("/organisations/{id}", id).with(authentication(secretariat)).with(csrf())
                        .param("version", "0").param("kind", "COMPANY").param("legalName", renamed)
                        .param("shortName", "Stale").param("countryOfRegistration", "GB"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Someone else changed this organisation")));
    }

    @Test
    void theSecretariatAddsAndRemovesContacts() throws Exception {
        var id = registered(unique("Contactable Security"));
        mvc.perform(post("/organisations/{id}/contacts", id).header("Accept-Language", "fr")
                        .with(authentication(secretariat)).with(csrf())
                        .param("name", "Grace Wanjiru").param("role", "Directrice"))
                .andExpect(status().is(422))
                .andExpect(content().string(allOf(containsString("Indiquez une adresse e-mail ou un numéro de téléphone."),
                        containsString("value=\"Grace Wanjiru\""))));

        mvc.perform(post("/organisations/{id}/contacts", id).with(authentication(secretariat)).with(csrf())
                        .param("name", "Grace Wanjiru").param("role", "Director").param("email", "grace@contactable.example"))
                .andExpect(status().isFound());
        var details = mvc.perform(get("/organisations/{id}", id).with(authentication(secretariat)))
                .andExpect(content().string(containsString("grace@contactable.example")))
                .andReturn().getResponse().getContentAsString();
        var removal = details.replaceAll("(?s).*action=\"(/organisations/[^\"]+/removal)\".*", "$1");

        mvc.perform(post(removal).with(authentication(secretariat)).with(csrf())).andExpect(status().isFound());
        mvc.perform(get("/organisations/{id}", id).with(authentication(secretariat)))
                .andExpect(content().string(not(containsString("grace@contactable.example"))));
    }

    @Test
    void theListFiltersAndPages() throws Exception {
        var token = UUID.randomUUID().toString().substring(0, 8);
        for (var i = 0; i < 22; i++) {
            registered("Pager Security " + i + " " + token);
        }
        mvc.perform(get("/organisations").param("q", "PAGER security").param("kind", "COMPANY").param("country", "IQ")
                        .param("service", "STATIC_GUARDING").with(authentication(secretariat)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Pager Security 0 " + token),
                        containsString("rel=\"next\""), containsString("page=1"))));
        mvc.perform(get("/organisations").param("q", token).param("page", "1").with(authentication(secretariat)))
                .andExpect(content().string(allOf(containsString("Organisations found: 22"), containsString("Page 2 of 2"),
                        containsString("rel=\"prev\""))));
    }

    @Test
    void aMemberSeesTheirOwnOrganisationReadOnlyAndNoOther() throws Exception {
        var own = registered(unique("Own Company"));
        var other = registered(unique("Other Company"));
        var member = signedIn(own, "organisation:read-own");

        mvc.perform(get("/organisations/mine").with(authentication(member)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Own Company"), not(containsString("/edit")),
                        not(containsString("/removal")))));
        mvc.perform(get("/organisations/{id}", own).with(authentication(member))).andExpect(status().isOk());
        mvc.perform(get("/organisations/{id}", other).with(authentication(member))).andExpect(status().isNotFound());
        mvc.perform(get("/organisations").with(authentication(member))).andExpect(status().isForbidden());
        mvc.perform(get("/organisations/{id}/edit", own).with(authentication(member))).andExpect(status().isForbidden());
    }

    @Test
    void aVisitorIsSentToSignIn() throws Exception {
        mvc.perform(get("/organisations")).andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(post("/organisations").param("legalName", "x")).andReturn().getResponse().getStatus())
                .as("no CSRF token, no session").isEqualTo(403);
    }
}
