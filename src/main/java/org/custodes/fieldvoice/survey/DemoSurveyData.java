package org.custodes.fieldvoice.survey;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Random;

import org.custodes.organisation.OrganisationService;
import org.custodes.organisation.OrganisationSummary;
import org.custodes.shared.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo worker voice: the twelve-question survey in four languages with a short tone recorded (as WAV, made here) for
 * every question and answer in every language; an open round with 14 answers from Aegis Shield's personnel (results
 * shown) and 4 from Al-Noor's (hidden); and a closed round for Aegis Shield alone; answered through the service as a
 * phone would, so the free text is sealed.
 */
@Component
@ConditionalOnProperty(name = "custodes.demo.enabled", havingValue = "true")
class DemoSurveyData {

    static final String OPEN_ROUND = "Worker voice, December 2026 (demo)";
    static final String CLOSED_ROUND = "Worker voice, pilot (demo)";
    private static final Logger log = LoggerFactory.getLogger(DemoSurveyData.class);

    private final SurveyService surveys;
    private final OrganisationService organisations;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoSurveyData(SurveyService surveys, OrganisationService organisations, JdbcClient jdbc,
            TransactionTemplate transaction, Clock clock) {
        this.surveys = surveys;
        this.organisations = organisations;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(61)
    void load(ApplicationReadyEvent ready) {
        var aegis = organisations.findByLegalName("Aegis Shield Security Ltd");
        var alNoor = organisations.findByLegalName("Al-Noor Security Services LLC");
        if (aegis.isEmpty() || alNoor.isEmpty()
                || jdbc.sql("select count(*) from fieldvoice.survey").query(Long.class).single() > 0) {
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system", null,
                AuthorityUtils.createAuthorityList("fieldvoice:administer")));
        SecurityContextHolder.setContext(context);
        try {
            transaction.executeWithoutResult(status -> load(aegis.get(), alNoor.get()));
        } finally {
            SecurityContextHolder.clearContext();
        }
        log.info("Demo worker-voice survey loaded: an open round answered 14 times for Aegis Shield, 4 for Al-Noor");
    }

    private void load(OrganisationSummary aegis, OrganisationSummary alNoor) {
        var definition = DemoSurveys.workerVoice();
        var version = surveys.createSurvey(definition);
        var tone = 0;
        for (var question : definition.questions()) {
            for (var language : Language.values()) {
                surveys.uploadAudio(version, question.target(), language, tone(440 + 20 * tone++));
                for (var option : question.options()) {
                    surveys.uploadAudio(version, question.target(option), language, tone(440 + 20 * tone++));
                }
            }
        }
        var now = clock.instant();
        var pilot = surveys.createRound(version, CLOSED_ROUND, now.minus(Duration.ofDays(90)),
                now.plus(Duration.ofDays(1)),
                List.of(target(aegis, Language.EN)));
        surveys.openRound(pilot);
        answer(pilot, definition, 11, new Random(7));
        surveys.closeRound(pilot);
        var round = surveys.createRound(version, OPEN_ROUND, now.minus(Duration.ofDays(7)), now.plus(Duration.ofDays(60)),
                List.of(target(aegis, Language.EN), target(alNoor, Language.AR)));
        surveys.openRound(round);
        var random = new Random(2026);
        for (var point : surveys.round(round).points()) {
            answer(point.point().token(), definition, point.point().company().equals(aegis.id()) ? 14 : 4, random);
        }
    }

    private void answer(java.util.UUID round, SurveyDefinition definition, int times, Random random) {
        answer(surveys.round(round).points().getFirst().point().token(), definition, times, random);
    }

    /** Answers leaning one way, as a real workforce's would, with a question left blank now and then. */
    private void answer(String token, SurveyDefinition definition, int times, Random random) {
        for (var i = 0; i < times; i++) {
            var answers = new HashMap<String, String>();
            for (var question : definition.questions()) {
                if (question.kind() == QuestionKind.FREE_TEXT) {
                    if (i % 5 == 0) {
                        answers.put(question.code(), FREE_TEXT.get(i / 5 % FREE_TEXT.size()));
                    }
                } else if (random.nextInt(12) > 0) {
                    var options = question.options();
                    var pick = random.nextInt(3) > 0 ? 0 : random.nextInt(options.size());
                    answers.put(question.code(), options.get(pick).code());
                }
            }
            surveys.answer(token, answers);
        }
    }

    private static final List<String> FREE_TEXT = List.of(
            "The night shift has no water and no toilet at the site.",
            "Our supervisor keeps our passports.",
            "Training was good but the radios do not work.");

    private static SurveyService.Target target(OrganisationSummary company, Language language) {
        return new SurveyService.Target(company.id(), company.shortName(), company.countryOfRegistration().value(),
                language);
    }

    /** A 0.3 s sine tone as a WAV file (8 kHz, 8-bit mono): a stand-in for a recorded voice. */
    static byte[] tone(int frequency) {
        var rate = 8000;
        var samples = rate * 3 / 10;
        var header = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        header.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(36 + samples)
                .put("WAVEfmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1)
                .putShort((short) 1).putInt(rate).putInt(rate).putShort((short) 1).putShort((short) 8)
                .put("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(samples);
        var out = new ByteArrayOutputStream();
        out.writeBytes(header.array());
        for (var i = 0; i < samples; i++) {
            out.write((int) (128 + 100 * Math.sin(2 * Math.PI * frequency * i / rate)));
        }
        return out.toByteArray();
    }
}
