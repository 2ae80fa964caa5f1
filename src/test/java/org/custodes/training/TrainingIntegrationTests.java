package org.custodes.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

import org.custodes.organisation.OrganisationService;
import org.custodes.shared.Language;
import org.custodes.shared.NotFound;
import org.custodes.shared.OrganisationId;
import org.custodes.support.IntegrationTest;
import org.custodes.training.course.Catalogue;
import org.custodes.training.course.CourseContent;
import org.custodes.training.course.LessonPage;
import org.custodes.training.personnel.EnrolPerson;
import org.custodes.training.personnel.PersonnelFileTests;
import org.custodes.training.quiz.AttemptOutcome;
import org.custodes.training.quiz.QuizPage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/**
 * A guard's whole way through training against the application: enrolled by the company, signed in with the code,
 * lessons, quiz, the credential, then checked online at the public page and offline with only the published key.
 */
@IntegrationTest
class TrainingIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** PersonnelImportPageController's limit of cards rendered on one page. */
    private static final int CARDS_ON_ONE_PAGE = 1_000;
    /** The DER prefix of an X.509 SubjectPublicKeyInfo for Ed25519 (RFC 8410), before the 32 raw key bytes. */
    private static final byte[] ED25519_X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    @Autowired
    TrainingService training;
    @Autowired
    Catalogue catalogue;
    @Autowired
    OrganisationService organisations;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    Clock clock;

    @Test
    void anEnrolledGuardCompletesTheCourseAndGetsACredentialThatVerifiesOnlineAndOfflineUntilRevoked() throws Exception {
        var aegis = organisation("Aegis Shield Security Ltd");
        var psea = course("PSEA");
        var before = trained(aegis, psea, Language.EN);
        var personnelBefore = training.personnelOf(aegis);
        var enrolment = as(company("company@custodes.example"), () -> training.enrol(new EnrolPerson(aegis,
                "Test Guard", "IT-" + UUID.randomUUID(), null, Language.EN)));
        assertThat(training.personnelOf(aegis)).isEqualTo(personnelBefore + 1);

        var session = Objects.requireNonNull(mvc.perform(post("/training/learn").param("code", enrolment.code()).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/training/learn/courses")).andReturn()
                .getResponse().getCookie("custodes-session"), "the learner's session cookie");
        mvc.perform(get("/training/learn/courses").cookie(session)).andExpect(status().isOk());

        var key = new LearnerKey(aegis, enrolment.learner());
        var firstLesson = training.coursesFor(key).stream().filter(c -> c.id().equals(psea)).findFirst().orElseThrow()
                .firstLesson();
        var lesson = firstLesson;
        var seen = 0;
        while (lesson != null) {
            var page = (LessonPage) Objects.requireNonNull(mvc.perform(get("/training/learn/courses/" + psea.value()
                    + "/lessons/" + lesson).cookie(session)).andExpect(status().isOk()).andReturn().getModelAndView())
                    .getModel().get("lesson");
            seen++;
            lesson = page.nextLesson();
        }
        var version = catalogue.learnerVersion(psea.value()).orElseThrow();
        var content = catalogue.load(psea.value(), version).orElseThrow();
        assertThat(seen).isEqualTo(content.lessons().size());

        var attemptUrl = mvc.perform(post("/training/learn/courses/" + psea.value() + "/attempts").cookie(session)
                .with(csrf())).andExpect(redirectedUrlPattern("/training/learn/attempts/*")).andReturn().getResponse()
                .getRedirectedUrl();
        var quiz = (QuizPage) Objects.requireNonNull(mvc.perform(get(attemptUrl).cookie(session))
                .andExpect(status().isOk()).andReturn().getModelAndView()).getModel().get("quiz");
        var answer = post(attemptUrl).cookie(session).with(csrf());
        for (var question : quiz.questions()) {
            content.question(UUID.fromString(question.id())).orElseThrow().options().stream()
                    .filter(CourseContent.Option::correct).forEach(o -> answer.param("q:" + question.id(), o.id().toString()));
        }
        var outcome = (AttemptOutcome) Objects.requireNonNull(mvc.perform(answer).andExpect(status().isOk()).andReturn()
                .getModelAndView()).getModel().get("outcome");
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.score()).isEqualTo(100);
        var completion = Objects.requireNonNull(outcome.completion());
        assertThat(trained(aegis, psea, Language.EN)).as("coverage counted at completion").isEqualTo(before + 1);

        mvc.perform(post(attemptUrl).cookie(session).with(csrf())).andExpect(status().is(422));

        mvc.perform(get("/training/learn/credentials").cookie(session)).andExpect(status().isOk());
        var credential = training.credentials(key).stream().filter(c -> c.id().equals(completion)).findFirst()
                .orElseThrow().credential();

        var keys = JSON.readTree(mvc.perform(get("/api/v1/training/keys")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray());
        var parts = credential.split("\\.");
        var header = JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
        assertThat(header.get("alg").asString()).isEqualTo("EdDSA");
        var published = keys.get("keys").valueStream().filter(k -> k.get("kid").asString().equals(header.get("kid").asString()))
                .findFirst().orElseThrow();
        assertThat(published.get("crv").asString()).isEqualTo("Ed25519");
        var publicKey = publicKey(Base64.getUrlDecoder().decode(published.get("x").asString()));
        assertThat(offlineValid(credential, publicKey)).as("offline, with only the published key").isTrue();
        var claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        assertThat(claims.get("jti").asString()).isEqualTo("urn:uuid:" + completion.value());
        assertThat(claims.get("sub").asString()).isEqualTo("urn:uuid:" + enrolment.learner().value());
        assertThat(claims.get("vc").get("credentialSubject").get("company").asString()).isEqualTo("Aegis Shield Security Ltd");
        assertThat(claims.toString()).doesNotContain("Test Guard");

        mvc.perform(get("/training/verify").param("credential", credential).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Valid: this credential was issued")));
        assertThat(training.verify(credential).valid()).isTrue();

        var altered = alter(credential, "Aegis Shield Security Ltd", "Another Company Ltd");
        assertThat(offlineValid(altered, publicKey)).as("an altered payload fails offline").isFalse();
        mvc.perform(get("/training/verify").param("credential", altered).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Not valid: the signature does not match")));
        assertThat(training.verify(altered).reason()).isEqualTo("training.verify.forged");
        var badSignature = parts[0] + "." + parts[1] + "." + flipFirst(parts[2]);
        assertThat(offlineValid(badSignature, publicKey)).isFalse();
        assertThat(training.verify(badSignature).valid()).isFalse();

        as(company("officer@custodes.example"), () -> {
            training.revoke(aegis, completion, "Integration test: taken on someone else's behalf");
            return null;
        });
        assertThat(offlineValid(credential, publicKey)).as("the signature itself still holds").isTrue();
        mvc.perform(get("/training/verify").param("credential", credential).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Revoked: this credential is no longer valid")));
        mvc.perform(post("/api/v1/training/verifications").contentType("text/plain").content(credential).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.reason").value("training.verify.revoked"));
        assertThat(trained(aegis, psea, Language.EN)).as("a revocation takes the completion out of coverage").isEqualTo(before);
    }

    @Test
    void anExpiredEnrolmentCodeIsRefusedInTheLanguageOfThePage() throws Exception {
        var aegis = organisation("Aegis Shield Security Ltd");
        var enrolment = as(company("company@custodes.example"), () -> training.enrol(new EnrolPerson(aegis,
                "Expired Guard", "IT-" + UUID.randomUUID(), null, Language.AR)));
        assertThat(training.signInWithCode(enrolment.code())).isPresent();
        jdbc.sql("update training.access_code set expires_on = :yesterday where organisation_id = :org and learner_id = :id")
                .param("yesterday", java.sql.Date.valueOf(LocalDate.now(clock).minusDays(1))).param("org", aegis.value())
                .param("id", enrolment.learner().value()).update();

        assertThat(training.signInWithCode(enrolment.code())).isEmpty();
        mvc.perform(post("/training/learn").param("code", enrolment.code()).param("lang", "ar").with(csrf()))
                .andExpect(status().is(422))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("انتهت صلاحيته")));
        mvc.perform(get("/training/learn").param("code", enrolment.code()).param("lang", "en"))
                .andExpect(status().is(422))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("This code is unknown or has expired")));
    }

    @Test
    void aCompanyUserGetsNotFoundForAnotherCompanysPersonAndCoverage() throws Exception {
        var aegis = organisation("Aegis Shield Security Ltd");
        var alNoor = organisation("Al-Noor Security Services LLC");
        var aegisPerson = jdbc.sql("select learner_id from training.learner where organisation_id = :org limit 1")
                .param("org", aegis.value()).query(UUID.class).single();
        var other = company("company2@custodes.example");

        mvc.perform(post("/training/personnel/" + aegisPerson + "/code").with(authentication(other)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/training/coverage/" + aegis.value()).with(authentication(other))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/training/coverage/" + aegis.value()).with(authentication(other)))
                .andExpect(status().isNotFound());
        assertThatThrownBy(() -> as(other, () -> training.personnel(aegis))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> as(other, () -> training.newCode(alNoor, new LearnerId(aegisPerson))))
                .isInstanceOf(NotFound.class);
        assertThat(as(other, () -> training.personnel(alNoor))).isNotEmpty()
                .noneMatch(p -> p.id().value().equals(aegisPerson));
        mvc.perform(get("/training/coverage/" + aegis.value()).with(authentication(company("company@custodes.example"))))
                .andExpect(status().isOk());
    }

    @Test
    void onceACompletionExpiresThePersonIsEnrolledAgainAndTheirRenewalIsCountedOnce() {
        var aegis = organisation("Aegis Shield Security Ltd");
        var force = course("FORCE");
        var enrolment = as(company("company@custodes.example"), () -> training.enrol(new EnrolPerson(aegis,
                "Renewing Guard", "IT-" + UUID.randomUUID(), null, Language.EN)));
        var key = new LearnerKey(aegis, enrolment.learner());
        var before = trained(aegis, force, Language.EN);
        var first = DemoTraining.complete(training, catalogue, key, force);
        assertThat(trained(aegis, force, Language.EN)).isEqualTo(before + 1);
        assertThatThrownBy(() -> training.startAttempt(key, force)).isInstanceOf(TrainingRefused.class)
                .hasMessage("training.refused.already-passed");

        jdbc.sql("update training.completion set expires_on = :yesterday where organisation_id = :org and completion_id = :id")
                .param("yesterday", java.sql.Date.valueOf(LocalDate.now(clock).minusDays(1))).param("org", aegis.value())
                .param("id", first.value()).update();
        assertThat(training.coursesFor(key)).filteredOn(c -> c.id().equals(force)).singleElement()
                .satisfies(c -> assertThat(c.completion()).as("the course is to do again").isNull());

        var renewal = DemoTraining.complete(training, catalogue, key, force);
        assertThat(renewal).isNotEqualTo(first);
        assertThat(trained(aegis, force, Language.EN)).as("the renewal replaces the expired completion").isEqualTo(before + 1);
        assertThat(training.coursesFor(key)).filteredOn(c -> c.id().equals(force)).singleElement()
                .satisfies(c -> assertThat(c.completion()).isEqualTo(renewal));

        as(company("officer@custodes.example"), () -> {
            training.revoke(aegis, first, "Integration test: the expired one");
            return null;
        });
        assertThat(trained(aegis, force, Language.EN)).as("revoking the renewed completion leaves the renewal counted")
                .isEqualTo(before + 1);
    }

    @Test
    void aCompanyEnrolsItsPersonnelFromAFileAndPrintsTheirCardsPerSite() throws Exception {
        var aegis = organisation("Aegis Shield Security Ltd");
        var tag = UUID.randomUUID().toString().substring(0, 8);
        var personnel = training.personnelOf(aegis);
        var file = PersonnelFileTests.csv(PersonnelFileTests.HEADER
                + "Amina Yusuf,IT-" + tag + "-1,+254 700 000 001,,Nairobi " + tag + ",KE,Guard,en\n"
                + "Youssef El Amrani,IT-" + tag + "-2,,y@example.org,Nairobi " + tag + ",KE,Supervisor,ar\n"
                + "Lucía Pérez,IT-" + tag + "-3,,,Mombasa " + tag + ",ke,Guard,es\n");
        var company = authentication(company("company@custodes.example"));

        var result = mvc.perform(multipart("/training/personnel/import").file(new MockMultipartFile("file", "people.csv",
                "text/csv", file)).with(company).with(csrf())).andExpect(status().isOk()).andReturn();
        @SuppressWarnings("unchecked")
        var sites = (Map<String, List<Object>>) Objects.requireNonNull(result.getModelAndView()).getModel().get("sites");
        assertThat(sites.keySet()).containsExactly("Mombasa " + tag, "Nairobi " + tag);
        assertThat(sites.get("Nairobi " + tag)).hasSize(2);
        assertThat(result.getResponse().getContentAsString()).contains("Amina Yusuf", "data:image/svg+xml");
        assertThat(training.personnelOf(aegis)).isEqualTo(personnel + 3);
        assertThat(jdbc.sql("select site || '/' || country || '/' || role || '/' || language from training.learner where organisation_id = :org and personnel_number = :n")
                .param("org", aegis.value()).param("n", "IT-" + tag + "-3").query(String.class).single())
                .isEqualTo("Mombasa " + tag + "/KE/Guard/ES");

        var printed = Objects.requireNonNull(mvc.perform(post("/training/personnel/cards").param("site", "Mombasa " + tag)
                .with(company).with(csrf())).andExpect(status().isOk()).andReturn().getModelAndView()).getModel().get("sites");
        assertThat(printed.toString()).contains("Lucía Pérez");
        mvc.perform(post("/training/personnel/cards").param("site", "Mombasa " + tag)
                .with(authentication(company("company2@custodes.example"))).with(csrf())).andExpect(status().isNotFound());
        var many = new StringBuilder(PersonnelFileTests.HEADER);
        for (int i = 0; i <= CARDS_ON_ONE_PAGE; i++) {
            many.append("Guard ").append(i).append(",IT-").append(tag).append("-m").append(i).append(",,,Big ").append(tag)
                    .append(",KE,Guard,en\n");
        }
        var big = mvc.perform(multipart("/training/personnel/import").file(new MockMultipartFile("file", "many.csv",
                "text/csv", PersonnelFileTests.csv(many.toString()))).with(company).with(csrf())).andExpect(status().isOk())
                .andReturn();
        assertThat(Objects.requireNonNull(big.getModelAndView()).getViewName()).isEqualTo("training/personnel-import");
        assertThat(big.getResponse().getContentAsString()).doesNotContain("data:image/svg+xml").contains("Big " + tag);
        assertThat(numbered("IT-" + tag + "-m%")).isEqualTo(CARDS_ON_ONE_PAGE + 1);
    }

    @Test
    void aPersonnelFileWithBadRowsIsRefusedWholeInTheUsersLanguageAndNobodyIsEnrolled() throws Exception {
        var aegis = organisation("Aegis Shield Security Ltd");
        var tag = UUID.randomUUID().toString().substring(0, 8);
        var personnel = training.personnelOf(aegis);
        var file = PersonnelFileTests.csv(PersonnelFileTests.HEADER
                + "Amina Yusuf,IT-" + tag + "-1,,,Nairobi,KE,Guard,en\n"
                + "Peter Otieno,IT-" + tag + "-2,,,Nairobi,,Guard,en\n"
                + "Mary Wanjiru,IT-" + tag + "-1,,,Nairobi,KE,Guard,en\n");
        var company = authentication(company("company@custodes.example"));

        mvc.perform(multipart("/training/personnel/import").file(new MockMultipartFile("file", "people.csv", "text/csv", file))
                .param("lang", "fr").with(company).with(csrf())).andExpect(status().is(422))
                .andExpect(content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("Cette cellule est vide."),
                        org.hamcrest.Matchers.containsString("<td>Pays</td>"),
                        org.hamcrest.Matchers.containsString("figure déjà à la ligne 2"))));
        assertThat(training.personnelOf(aegis)).isEqualTo(personnel);
        assertThat(numbered("IT-" + tag + "-%")).isZero();

        var taken = PersonnelFileTests.csv(PersonnelFileTests.HEADER + "Samuel Okello,AS-0141,,,Kampala,UG,Guard,en\n"
                + "New Person,IT-" + tag + "-9,,,Kampala,UG,Guard,en\n");
        mvc.perform(multipart("/api/v1/training/personnel/imports").file(new MockMultipartFile("file", "people.csv",
                "text/csv", taken)).header("Accept-Language", "es").with(company).with(csrf()))
                .andExpect(status().is(422)).andExpect(jsonPath("$.problems[0].row").value(2))
                .andExpect(jsonPath("$.problems[0].column").value("Número de empleado"))
                .andExpect(jsonPath("$.problems[0].message").value(org.hamcrest.Matchers.containsString("AS-0141")));
        assertThat(numbered("IT-" + tag + "-9")).as("the staged rows went with the refusal").isZero();
        assertThat(training.personnelOf(aegis)).isEqualTo(personnel);
    }

    @Test
    void theImportApiIsIdempotentWithAnIdempotencyKey() throws Exception {
        var aegis = organisation("Aegis Shield Security Ltd");
        var tag = UUID.randomUUID().toString().substring(0, 8);
        var file = new MockMultipartFile("file", "people.xlsx", "application/octet-stream", PersonnelFileTests.xlsx(List.of(
                List.of("Name", "Employee number", "Site", "Country", "Role", "Language"),
                List.of("Amina Yusuf", "IT-" + tag + "-1", "Nairobi", "KE", "Guard", "en"),
                List.of("Peter Otieno", "IT-" + tag + "-2", "Nairobi", "KE", "Guard", "fr"))));
        var company = authentication(company("company@custodes.example"));
        var key = "import-" + tag;

        var first = JSON.readTree(mvc.perform(multipart("/api/v1/training/personnel/imports").file(file)
                .header("Idempotency-Key", key).with(company).with(csrf())).andExpect(status().isCreated())
                .andExpect(jsonPath("$.enrolled").value(2)).andExpect(jsonPath("$.people.length()").value(2))
                .andReturn().getResponse().getContentAsByteArray());
        var code = first.get("people").get(0).get("code").asString();
        assertThat(training.signInWithCode(code)).isPresent();

        mvc.perform(multipart("/api/v1/training/personnel/imports").file(file).header("Idempotency-Key", key)
                .with(company).with(csrf())).andExpect(status().isOk()).andExpect(jsonPath("$.replayed").value(true))
                .andExpect(jsonPath("$.importId").value(first.get("importId").asString()))
                .andExpect(jsonPath("$.people.length()").value(0));
        assertThat(numbered("IT-" + tag + "-%")).isEqualTo(2);

        var other = new MockMultipartFile("file", "people.csv", "text/csv", PersonnelFileTests.csv(PersonnelFileTests.HEADER
                + "Someone Else,IT-" + tag + "-3,,,Nairobi,KE,Guard,en\n"));
        mvc.perform(multipart("/api/v1/training/personnel/imports").file(other).header("Idempotency-Key", key)
                .with(company).with(csrf())).andExpect(status().is(422))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        assertThat(numbered("IT-" + tag + "-%")).isEqualTo(2);
    }

    private long numbered(String pattern) {
        return jdbc.sql("select count(*) from training.learner where personnel_number like :p").param("p", pattern)
                .query(Long.class).single();
    }

    private long trained(OrganisationId organisation, CourseId course, Language language) {
        return training.coverageOf(organisation).stream().filter(f -> f.course().equals(course) && f.language() == language)
                .mapToLong(CoverageFigure::trained).sum();
    }

    private CourseId course(String code) {
        return new CourseId(jdbc.sql("select course_id from training.course where code = :code").param("code", code)
                .query(UUID.class).single());
    }

    private OrganisationId organisation(String legalName) {
        return organisations.findByLegalName(legalName).orElseThrow().id();
    }

    private Authentication company(String email) {
        var user = accounts.loadUserByUsername(email);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    private static <T> T as(Authentication who, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(who);
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** The JDK's own Ed25519, nothing of the application: what an offline verifier has. */
    static PublicKey publicKey(byte[] raw) throws Exception {
        var der = new byte[ED25519_X509_PREFIX.length + raw.length];
        System.arraycopy(ED25519_X509_PREFIX, 0, der, 0, ED25519_X509_PREFIX.length);
        System.arraycopy(raw, 0, der, ED25519_X509_PREFIX.length, raw.length);
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
    }

    static boolean offlineValid(String jws, PublicKey key) throws Exception {
        var parts = jws.split("\\.");
        var verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(key);
        verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        try {
            return verifier.verify(Base64.getUrlDecoder().decode(parts[2]));
        } catch (java.security.SignatureException e) {
            return false;
        }
    }

    /** The same credential with a changed claim and the original signature: what a forger would try. */
    static String alter(String jws, String from, String to) {
        var parts = jws.split("\\.");
        var payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertThat(payload).contains(from);
        var changed = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.replace(from, to).getBytes(StandardCharsets.UTF_8));
        return parts[0] + "." + changed + "." + parts[2];
    }

    static String flipFirst(String part) {
        return (part.charAt(0) == 'A' ? 'B' : 'A') + part.substring(1);
    }
}
