package org.custodes.fieldvoice.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;

import org.custodes.organisation.OrganisationService;
import org.custodes.shared.Language;
import org.custodes.shared.OrganisationId;
import org.custodes.support.IntegrationTest;
import org.custodes.support.TestActors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Worker-voice surveys against the whole application: anonymous answering, refusals, and disclosure of results. */
@IntegrationTest
class SurveyIntegrationTests {

    @Autowired
    SurveyService surveys;
    @Autowired
    OrganisationService organisations;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void aGuardAnswersAnonymouslyPageByPageAndNothingNamesThem() throws Exception {
        var token = openRound("Anonymous " + UUID.randomUUID(), Language.AR);
        var address = "203.0.113." + (10 + (int) (Math.random() * 200));
        var agent = "CANARYAGENT" + UUID.randomUUID().toString().substring(0, 8);
        var words = "CANARYTEXT" + UUID.randomUUID().toString().substring(0, 8);

        var first = mvc.perform(client(get("/voice/" + token).param("lang", "ar"), address, agent))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(first).contains("dir=\"rtl\"", "<audio controls preload=\"none\"", "/complaints/new?lang=ar",
                "صوتك في العمل");
        var gzipped = gzipSize(first);
        System.out.println("Survey page weight (first page, Arabic, gzip of the rendered HTML): " + gzipped + " bytes");
        assertThat(gzipped).isLessThanOrEqualTo(15 * 1024);

        // A phone keeps the language the first page set in its cookie; MockMvc keeps no cookies, so it is sent along.
        var second = mvc.perform(client(post("/voice/" + token).param("lang", "ar").param("page", "1").param("action", "next")
                .param("answers[safe]", "2").param("answers[paid-on-time]", "no").param("answers[hours]", "over-60")
                .param("answers[rest-day]", "no"), address, agent)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(second).contains("name=\"answers[safe]\" value=\"2\"", "الصفحة 2 من 3");
        assertThat(gzipSize(second)).isLessThanOrEqualTo(15 * 1024);

        mvc.perform(client(post("/voice/" + token).param("page", "3").param("action", "send")
                .param("answers[safe]", "2").param("answers[paid-on-time]", "no").param("answers[hours]", "over-60")
                .param("answers[rest-day]", "no").param("answers[harassment]", "yes")
                .param("answers[say]", words), address, agent))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/voice/" + token + "/thanks"))
                .andExpect(header().string("Set-Cookie", org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("HttpOnly"),
                        org.hamcrest.Matchers.containsString("SameSite=Lax"))));

        assertThat(responses(token)).isEqualTo(1);
        assertThat(jdbc.sql("""
                select a.choice from fieldvoice.survey_answer a join fieldvoice.survey_response r on r.id = a.response_id
                where r.token = :token and a.question = 'hours'
                """).param("token", token).query(String.class).single()).isEqualTo("over-60");
        assertThat(jdbc.sql("""
                select column_name from information_schema.columns
                where table_schema = 'fieldvoice' and table_name in ('survey_response', 'survey_answer')
                """).query(String.class).list())
                .containsExactlyInAnyOrder("id", "round_id", "token", "answered_on", "response_id", "question",
                        "choice", "sealed_text");
        assertThat(occurrences(words)).as("free text in clear").isEmpty();
        assertThat(occurrences(address)).as("the answerer's address").isEmpty();
        assertThat(occurrences(agent)).as("the answerer's user agent").isEmpty();
        assertThat(jdbc.sql("select count(*) from audit.audit_event where subject like '%' || :token || '%'")
                .param("token", token).query(Long.class).single()).isZero();

        var round = jdbc.sql("select round_id from fieldvoice.distribution_point where token = :t").param("t", token)
                .query(UUID.class).single();
        var read = as(() -> surveys.freeTexts(round, Language.EN), "fieldvoice:open-submissions");
        assertThat(read).extracting(FreeTextAnswer::text).containsExactly(words);
        assertThat(jdbc.sql("select count(*) from audit.audit_event where action = 'fieldvoice.free-text-read' and subject = :s")
                .param("s", "fieldvoice-survey-round:" + round).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anAnswerForAClosedRoundIsRefusedInTheAnswerersLanguageAndNothingIsSaved() throws Exception {
        var token = openRound("Closed " + UUID.randomUUID(), Language.FR);
        var round = jdbc.sql("select round_id from fieldvoice.distribution_point where token = :t").param("t", token)
                .query(UUID.class).single();
        secretariat(() -> {
            surveys.closeRound(round);
            return null;
        });

        var page = mvc.perform(client(post("/voice/" + token).param("page", "3").param("action", "send")
                .param("answers[safe]", "3"), "198.51.100.1", "Test").header("Accept-Language", "fr"))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Cette enquête est fermée");
        assertThatThrownBy(() -> surveys.answer(token, Map.of("safe", "3"))).isInstanceOf(SurveyRefused.class)
                .hasFieldOrPropertyWithValue("messageKey", "fieldvoice.survey.error.closed");
        assertThat(responses(token)).isZero();
    }

    @Test
    void anOutOfRangeAnswerIsRefusedOnItsFieldAndNothingPartialIsSaved() throws Exception {
        var token = openRound("Range " + UUID.randomUUID(), Language.EN);

        var page = mvc.perform(client(post("/voice/" + token).param("page", "1").param("answers[safe]", "9"),
                "198.51.100.2", "Test")).andExpect(status().is(422))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Choose one of the answers shown.");
        // A tampered hidden field carried to the last page: refused as a whole.
        mvc.perform(client(post("/voice/" + token).param("page", "3").param("action", "send")
                .param("answers[rest-day]", "yes").param("answers[safe]", "9").param("answers[say]", "Fine"),
                "198.51.100.2", "Test")).andExpect(status().is(422));
        assertThatThrownBy(() -> surveys.answer(token, Map.of("rest-day", "yes", "paid-on-time", "perhaps")))
                .isInstanceOf(SurveyRefused.class);
        assertThat(responses(token)).isZero();
        assertThat(jdbc.sql("select count(*) from fieldvoice.survey_answer a where not exists "
                + "(select 1 from fieldvoice.survey_response r where r.id = a.response_id)").query(Long.class).single())
                .isZero();
    }

    @Test
    void aFloodFromOneClientIsCutOffWithoutKeepingWhoSentIt() throws Exception {
        var token = openRound("Flood " + UUID.randomUUID(), Language.EN);
        var address = "192.0.2." + (10 + (int) (Math.random() * 200));
        var refused = 0;
        for (var i = 0; i < 25; i++) {
            var code = mvc.perform(client(post("/voice/" + token).param("page", "3").param("action", "send")
                    .param("answers[safe]", "4"), address, "Test")).andReturn().getResponse().getStatus();
            refused += code == 422 ? 1 : 0;
        }
        assertThat(responses(token)).isEqualTo(20);
        assertThat(refused).isEqualTo(5);
        assertThat(occurrences(address)).isEmpty();
    }

    @Test
    void aCompanySeesItsOwnResultsAboveTheThresholdBesideItsPeersAndNeverAnotherCompanysRound() throws Exception {
        var aegis = organisations.findByLegalName("Aegis Shield Security Ltd").orElseThrow().id();
        var alNoor = organisations.findByLegalName("Al-Noor Security Services LLC").orElseThrow().id();
        var open = roundNamed(DemoSurveyData.OPEN_ROUND);
        var pilot = roundNamed(DemoSurveyData.CLOSED_ROUND);

        var company = TestActors.of(aegis, "fieldvoice:company-survey-results");
        company.signIn();
        try {
            var results = surveys.companyResults(open, Language.EN);
            var safe = results.questions().getFirst();
            assertThat(safe.rows()).hasSize(2);
            assertThat(safe.rows().getFirst().total()).as("Aegis: 14 answers").isNotNull().isGreaterThanOrEqualTo(10);
            assertThat(safe.rows().getLast().total()).as("the peers: Al-Noor's 4 answers").isNull();
            assertThat(safe.rows().getLast().cells()).containsOnlyNulls();
        } finally {
            SecurityContextHolder.clearContext();
        }
        var other = TestActors.of(alNoor, "fieldvoice:company-survey-results");
        mvc.perform(get("/fieldvoice/surveys/rounds/" + pilot + "/company").with(authentication(other.authentication())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/fieldvoice/surveys/rounds/" + pilot + "/company").with(authentication(company.authentication())))
                .andExpect(status().isOk());

        var secretariat = TestActors.of(new OrganisationId(UUID.randomUUID()), "fieldvoice:survey-results");
        mvc.perform(get("/api/v1/fieldvoice/surveys/rounds/" + open + "/results")
                        .with(authentication(secretariat.authentication())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.questions[0].rows[?(@.company == 'Al-Noor Security')].total").value(
                        org.hamcrest.Matchers.contains(org.hamcrest.Matchers.nullValue())));
        mvc.perform(get("/api/v1/fieldvoice/surveys/rounds/not-a-round/results")
                        .with(authentication(secretariat.authentication())))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/problem+json")));
    }

    @Test
    void aRecordingMustBeAudioAndAFrozenVersionTakesNoNewOne() {
        var version = secretariat(() -> surveys.createSurvey(DemoSurveys.workerVoice()));
        assertThatThrownBy(() -> secretariat(() -> {
            surveys.uploadAudio(version, "safe", Language.EN, "<html>not audio</html>".getBytes(StandardCharsets.UTF_8));
            return null;
        })).isInstanceOf(SurveyRefused.class).hasFieldOrPropertyWithValue("messageKey", "fieldvoice.survey.error.audio");
        secretariat(() -> {
            surveys.uploadAudio(version, "safe.3", Language.FR, DemoSurveyData.tone(500));
            var round = surveys.createRound(version, "Frozen", clock.instant(), clock.instant().plus(Duration.ofDays(1)),
                    List.of(new SurveyService.Target(new OrganisationId(UUID.randomUUID()), "Co", "KE", Language.EN)));
            surveys.openRound(round);
            return null;
        });
        assertThatThrownBy(() -> secretariat(() -> {
            surveys.uploadAudio(version, "safe", Language.EN, DemoSurveyData.tone(600));
            return null;
        })).isInstanceOf(SurveyRefused.class).hasFieldOrPropertyWithValue("messageKey", "fieldvoice.survey.error.frozen");
    }

    private String openRound(String name, Language language) {
        return secretariat(() -> {
            var version = surveys.createSurvey(DemoSurveys.workerVoice());
            surveys.uploadAudio(version, "safe", language, DemoSurveyData.tone(440));
            var round = surveys.createRound(version, name, clock.instant().minusSeconds(60),
                    clock.instant().plus(Duration.ofDays(30)),
                    List.of(new SurveyService.Target(new OrganisationId(UUID.randomUUID()), "Test Co", "KE", language)));
            surveys.openRound(round);
            return surveys.round(round).points().getFirst().point().token();
        });
    }

    private UUID roundNamed(String name) {
        return jdbc.sql("select id from fieldvoice.survey_round where name = :name").param("name", name)
                .query(UUID.class).single();
    }

    private long responses(String token) {
        return jdbc.sql("select count(*) from fieldvoice.survey_response where token = :t").param("t", token)
                .query(Long.class).single();
    }

    private static MockHttpServletRequestBuilder client(MockHttpServletRequestBuilder request, String address,
            String agent) {
        return request.header("User-Agent", agent).header("X-Forwarded-For", address).with(csrf()).with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
    }

    private static int gzipSize(String html) throws Exception {
        var out = new ByteArrayOutputStream();
        try (var gzip = new GZIPOutputStream(out)) {
            gzip.write(html.getBytes(StandardCharsets.UTF_8));
        }
        return out.size();
    }

    /** Every text or binary column of the database that holds {@code marker}. */
    private List<String> occurrences(String marker) {
        var found = new ArrayList<String>();
        jdbc.sql("""
                select c.table_schema, c.table_name, c.column_name, c.data_type from information_schema.columns c
                join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                where t.table_type = 'BASE TABLE' and c.table_schema not in ('pg_catalog', 'information_schema')
                  and c.data_type in ('text', 'character varying', 'bytea', 'jsonb', 'json')
                """).query((row, n) -> new String[] { row.getString(1), row.getString(2), row.getString(3),
                        row.getString(4) }).list().forEach(column -> {
                    var where = "bytea".equals(column[3]) ? "position(convert_to(:m, 'UTF8') in \"" + column[2] + "\") > 0"
                            : "strpos(\"" + column[2] + "\"::text, :m) > 0";
                    if (jdbc.sql("select count(*) from \"" + column[0] + "\".\"" + column[1] + "\" where " + where)
                            .param("m", marker).query(Long.class).single() > 0) {
                        found.add(column[0] + "." + column[1] + "." + column[2]);
                    }
                });
        return found;
    }

    private static <T> T secretariat(Supplier<T> work) {
        return as(work, "fieldvoice:administer", "fieldvoice:survey-results");
    }

    private static <T> T as(Supplier<T> work, String... authorities) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("test", null,
                AuthorityUtils.createAuthorityList(authorities)));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
