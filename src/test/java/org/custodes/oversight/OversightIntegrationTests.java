package org.custodes.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;

import org.custodes.organisation.OrganisationService;
import org.custodes.shared.CountryCode;
import org.custodes.shared.OrganisationId;
import org.custodes.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class OversightIntegrationTests {

    @Autowired OversightService oversight;
    @Autowired OrganisationService organisations;
    @Autowired UserDetailsService accounts;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired Clock clock;

    Authentication user(String email) {
        var details = accounts.loadUserByUsername(email);
        return UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities());
    }

    <T> T as(String email, Supplier<T> work) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(user(email));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    OrganisationId org(String legalName) {
        return organisations.findByLegalName(legalName).orElseThrow().id();
    }

    @Test
    void theDemoRankingCoversTheMembersAndEachScoreIsTheSumOfItsReasons() {
        var ranking = as("board@custodes.example", () -> oversight.ranking(null, null));
        assertThat(ranking).extracting(line -> line.score().name()).contains("Aegis Shield Security Ltd");
        assertThat(ranking).allSatisfy(line -> assertThat(line.score().score()).isCloseTo(
                line.score().reasons().stream().mapToDouble(Reason::points).sum(),
                org.assertj.core.data.Offset.offset(0.02)));
        assertThat(ranking).extracting(line -> line.score().rank()).isSorted();
        var aegis = as("board@custodes.example", () -> oversight.explanation(org("Aegis Shield Security Ltd")));
        assertThat(aegis.score().reasons()).filteredOn(reason -> reason.signal().equals("country")).singleElement()
                .satisfies(reason -> assertThat(reason.facts()).containsExactly("IQ", "90"));
        assertThat(aegis.score().reasons()).filteredOn(reason -> reason.signal().equals("services")).singleElement()
                .satisfies(reason -> assertThat(reason.facts()).containsExactly("CLOSE_PROTECTION"));
        assertThat(aegis.countries()).containsExactly("GB", "IQ", "KE");
    }

    @Test
    void theRankingFiltersByRegionAndCountryOfOperation() {
        var europe = as("officer@custodes.example", () -> oversight.ranking(null, "Europe"));
        assertThat(europe).allSatisfy(line -> assertThat(line.regions()).contains("Europe"))
                .extracting(line -> line.score().name()).contains("Aegis Shield Security Ltd")
                .doesNotContain("Kilimanjaro Guarding Company Ltd");
        var kenya = as("officer@custodes.example", () -> oversight.ranking("KE", null));
        assertThat(kenya).allSatisfy(line -> assertThat(line.countries()).contains("KE"))
                .extracting(line -> line.score().name())
                .contains("Aegis Shield Security Ltd", "Kilimanjaro Guarding Company Ltd");
        assertThat(as("officer@custodes.example", () -> oversight.ranking("KE", null, 1))).hasSize(1);
    }

    @Test
    void aChangedCountryRiskMovesTheScoreAtTheNextRecomputeAndTodayEntersTheHistory() {
        var kenya = new CountryCode("KE");
        var before = as("officer@custodes.example", () -> oversight.countryRisk(kenya)).orElseThrow();
        var kilimanjaro = org("Kilimanjaro Guarding Company Ltd");
        try {
            as("officer@custodes.example", () -> oversight.setCountryRisk(new CountryRisk(kenya, before.region(), 100,
                    "test", 0), before.version()));
            as("officer@custodes.example", oversight::recompute);
            var line = as("board@custodes.example", () -> oversight.explanation(kilimanjaro));
            assertThat(line.score().reasons()).filteredOn(reason -> reason.signal().equals("country")).singleElement()
                    .satisfies(reason -> {
                        assertThat(reason.facts()).containsExactly("KE", "100");
                        assertThat(reason.points()).isEqualTo(reason.weight());
                    });
            assertThat(as("board@custodes.example", () -> oversight.history(kilimanjaro)))
                    .extracting(RankPoint::day).contains(LocalDate.now(clock));
            assertThat(jdbc.sql("select count(*) from audit.audit_event where action = 'oversight.ranking-recomputed'")
                    .query(Long.class).single()).isPositive();
        } finally {
            var current = as("officer@custodes.example", () -> oversight.countryRisk(kenya)).orElseThrow();
            as("officer@custodes.example", () -> oversight.setCountryRisk(new CountryRisk(kenya, before.region(),
                    before.risk(), before.source(), 0), current.version()));
            as("officer@custodes.example", oversight::recompute);
        }
    }

    @Test
    void companiesNeverSeeTheRankingAndTheBoardCannotRecompute() throws Exception {
        var aegis = org("Aegis Shield Security Ltd").value();
        mvc.perform(get("/oversight/ranking").with(authentication(user("company@custodes.example"))))
                .andExpect(status().isForbidden());
        // Countries by name in the reader's language, in the filter and on each line; the codes stay in the values.
        mvc.perform(get("/oversight/ranking").header("Accept-Language", "fr")
                        .with(authentication(user("board@custodes.example"))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.anyOf(containsString("<span>Irak</span>"),
                        containsString("<span>Irak, </span>"))))
                .andExpect(content().string(containsString("<option value=\"IQ\">Irak</option>")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("<td>GB, IQ"))));
        mvc.perform(get("/api/v1/oversight/ranking/{id}", aegis).with(authentication(user("company@custodes.example"))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/oversight/ranking/recompute").with(authentication(user("board@custodes.example"))).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/oversight/ranking/{id}", aegis).with(authentication(user("board@custodes.example"))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Aegis Shield Security Ltd")))
                .andExpect(content().string(containsString("IQ: risk 90 of 100 on the list")));
        mvc.perform(get("/api/v1/oversight/ranking").param("region", "Europe")
                        .with(authentication(user("board@custodes.example"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].regions").value(org.hamcrest.Matchers.hasItem("Europe")));
        mvc.perform(get("/oversight/ranking/{id}", java.util.UUID.randomUUID())
                        .with(authentication(user("board@custodes.example"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void aRiskOutsideZeroToAHundredIsRefusedOnItsFieldInTheUsersLanguageAndNothingIsSaved() throws Exception {
        mvc.perform(post("/oversight/country-risks").with(authentication(user("officer@custodes.example"))).with(csrf())
                        .header("Accept-Language", "fr").param("country", "NE").param("region", "Sahel")
                        .param("risk", "150").param("source", "test"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Le risque doit être compris entre 0 et 100.")));
        mvc.perform(post("/oversight/country-risks").with(authentication(user("officer@custodes.example"))).with(csrf())
                        .param("country", "ZZ").param("region", "Nowhere").param("risk", "10").param("source", "test"))
                .andExpect(status().isUnprocessableContent());
        assertThat(as("officer@custodes.example", () -> oversight.countryRisk(new CountryCode("NE")))).isEmpty();
    }
}
