package org.custodes.fieldvoice.survey;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.custodes.shared.Actor;
import org.custodes.shared.CountryCode;
import org.custodes.shared.Language;
import org.custodes.shared.NotFound;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.RateLimits;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Worker-voice surveys: the secretariat designs a survey and its recordings, opens rounds with one short link per
 * company and country, and reads the results under disclosure control; anyone with a link answers anonymously.
 * An answer keeps no name, address, user agent or time of day, and leaves no audit row (that would time it).
 */
@Service
@Transactional
public class SurveyService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String BASE32 = "abcdefghijklmnopqrstuvwxyz234567";

    /** A company and country a round is handed out to, in the language of its poster. */
    public record Target(OrganisationId company, String companyName, String country, Language language) {
    }

    private final Surveys surveys;
    private final Rounds rounds;
    private final SurveyKeys keys;
    private final RateLimits limits;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int minimumAnswers;
    private final int answersPerClientPerHour;

    SurveyService(Surveys surveys, Rounds rounds, SurveyKeys keys, RateLimits limits, ApplicationEventPublisher events,
            Clock clock, @Value("${custodes.fieldvoice.survey.minimum-answers:10}") int minimumAnswers,
            @Value("${custodes.fieldvoice.survey.answers-per-client-per-hour:20}") int answersPerClientPerHour) {
        this.surveys = surveys;
        this.rounds = rounds;
        this.keys = keys;
        this.limits = limits;
        this.events = events;
        this.clock = clock;
        this.minimumAnswers = minimumAnswers;
        this.answersPerClientPerHour = answersPerClientPerHour;
    }

    /** Creates a survey with its first version; returns the version, to which recordings are then added. */
    @PreAuthorize("hasAuthority('fieldvoice:administer')")
    public UUID createSurvey(SurveyDefinition definition) {
        var survey = UUID.randomUUID();
        var version = UUID.randomUUID();
        surveys.insert(survey, definition.title().strip(), clock.instant());
        surveys.insertVersion(version, survey, 1, definition);
        events.publishEvent(new SurveyCreated(survey));
        return version;
    }

    /** Adds or replaces the recording of a question or option in one language, while no round has opened. */
    @PreAuthorize("hasAuthority('fieldvoice:administer')")
    public void uploadAudio(UUID versionId, String target, Language language, byte[] content) {
        var version = surveys.version(versionId).orElseThrow(() -> new NotFound("survey version", versionId));
        if (version.frozen()) {
            throw new SurveyRefused("fieldvoice.survey.error.frozen");
        }
        if (!version.definition().hasTarget(target)) {
            throw SurveyRefused.on("target", "fieldvoice.survey.error.unknown-question");
        }
        var type = AudioCheck.mediaType(content)
                .orElseThrow(() -> SurveyRefused.on("audio", "fieldvoice.survey.error.audio", AudioCheck.MAX_BYTES / 1024));
        surveys.putAudio(versionId, target, language, type, content);
        events.publishEvent(new AudioUploaded(versionId));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('fieldvoice:administer')")
    public List<SurveySummary> surveys() {
        return surveys.summaries();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('fieldvoice:administer')")
    public SurveyDefinition definition(UUID versionId) {
        return surveys.version(versionId).orElseThrow(() -> new NotFound("survey version", versionId)).definition();
    }

    /** A draft round of a version, with one distribution point (and its unguessable token) per target. */
    @PreAuthorize("hasAuthority('fieldvoice:administer')")
    public UUID createRound(UUID versionId, String name, Instant opensAt, Instant closesAt, List<Target> targets) {
        surveys.version(versionId).orElseThrow(() -> new NotFound("survey version", versionId));
        if (name.isBlank()) {
            throw SurveyRefused.on("name", "fieldvoice.survey.error.name");
        }
        if (targets.isEmpty()) {
            throw SurveyRefused.on("targets", "fieldvoice.survey.error.no-target");
        }
        var round = new SurveyRound(UUID.randomUUID(), versionId, name.strip(), RoundStatus.DRAFT, opensAt, closesAt, 0);
        rounds.insert(round);
        var seen = new HashSet<String>();
        for (var target : targets) {
            if (!CountryCode.isKnown(target.country())) {
                throw SurveyRefused.on("targets", "fieldvoice.survey.error.country");
            }
            if (seen.add(target.company().value() + "/" + target.country())) {
                rounds.insertPoint(new DistributionPoint(token(), round.id(), target.company(),
                        target.companyName().strip(), target.country(), target.language()));
            }
        }
        return round.id();
    }

    /** Opens a draft round for answers; its survey version is frozen from now on. */
    @PreAuthorize("hasAuthority('fieldvoice:administer')")
    public void openRound(UUID id) {
        var round = rounds.find(id).orElseThrow(() -> new NotFound("survey round", id));
        var opened = round.opened();
        surveys.freeze(surveys.version(round.version()).orElseThrow(), clock.instant());
        rounds.update(opened);
        events.publishEvent(new RoundOpened(id));
    }

    @PreAuthorize("hasAuthority('fieldvoice:administer')")
    public void closeRound(UUID id) {
        var round = rounds.find(id).orElseThrow(() -> new NotFound("survey round", id));
        rounds.update(round.closed());
        events.publishEvent(new RoundClosed(id));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('fieldvoice:administer')")
    public List<RoundSummary> rounds() {
        return rounds.all().stream().map(this::summary).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('fieldvoice:administer')")
    public RoundSummary round(UUID id) {
        return summary(rounds.find(id).orElseThrow(() -> new NotFound("survey round", id)));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('fieldvoice:administer')")
    public DistributionPoint point(String token) {
        return rounds.point(token).orElseThrow(() -> new NotFound("distribution point", token));
    }

    /** Every company's results of a round, each figure shown only when enough answers stand behind it. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('fieldvoice:survey-results')")
    public Results results(UUID id, Language language) {
        var round = rounds.find(id).orElseThrow(() -> new NotFound("survey round", id));
        var points = rounds.points(id);
        var rows = points.stream().map(point -> new RowKey(point.companyName(), point.country(), List.of(point.token())))
                .toList();
        return results(round, rows, language);
    }

    /**
     * The signed-in company's own results of a round (one row per country it was surveyed in) beside its peers'
     * combined distribution, under the same disclosure control; a round that did not survey the company is not found.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('fieldvoice:company-survey-results')")
    public Results companyResults(UUID id, Language language) {
        var company = Actor.current().map(Actor::organisationId).orElseThrow(() -> new NotFound("survey round", id));
        var round = rounds.find(id).filter(found -> found.status() != RoundStatus.DRAFT)
                .orElseThrow(() -> new NotFound("survey round", id));
        var points = rounds.points(id);
        if (points.stream().noneMatch(point -> point.company().equals(company))) {
            throw new NotFound("survey round", id);
        }
        var rows = new ArrayList<RowKey>();
        points.stream().filter(point -> point.company().equals(company))
                .forEach(point -> rows.add(new RowKey(point.companyName(), point.country(), List.of(point.token()))));
        rows.add(new RowKey("", "", points.stream().filter(point -> !point.company().equals(company))
                .map(DistributionPoint::token).toList()));
        return results(round, rows, language);
    }

    /** The free-text answers of a round, opened from their seal; every reading leaves an audit row. */
    @PreAuthorize("hasAuthority('fieldvoice:open-submissions')")
    public List<FreeTextAnswer> freeTexts(UUID id, Language language) {
        var round = rounds.find(id).orElseThrow(() -> new NotFound("survey round", id));
        var definition = surveys.version(round.version()).orElseThrow().definition();
        var byToken = new LinkedHashMap<String, DistributionPoint>();
        rounds.points(id).forEach(point -> byToken.put(point.token(), point));
        var answers = new ArrayList<FreeTextAnswer>();
        for (var text : rounds.freeTexts(id)) {
            var point = byToken.get(text.token());
            answers.add(new FreeTextAnswer(point.companyName(), point.country(),
                    definition.question(text.question()).map(question -> question.text(language)).orElse(text.question()),
                    keys.open(text.response(), text.question(), text.sealed())));
        }
        events.publishEvent(new FreeTextRead(id));
        return answers;
    }

    /** The survey behind a short link, for anyone who has it. */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public Ballot ballot(String token, Language language) {
        var point = rounds.point(token).orElseThrow(() -> new NotFound("survey", token));
        var round = rounds.find(point.round()).filter(found -> found.status() != RoundStatus.DRAFT)
                .orElseThrow(() -> new NotFound("survey", token));
        var version = surveys.version(round.version()).orElseThrow();
        return new Ballot(point, round.name(), round.acceptsAnswers(clock), version.definition(),
                Set.copyOf(surveys.recorded(version.id(), language)));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public Recording audio(String token, String target, Language language) {
        var point = rounds.point(token).orElseThrow(() -> new NotFound("recording", target));
        var round = rounds.find(point.round()).orElseThrow();
        return surveys.audio(round.version(), target, language).orElseThrow(() -> new NotFound("recording", target));
    }

    /**
     * One answer from {@code client} (a keyed hash of its address, never the address), or a refusal past the
     * allowance. The bucket keeps only that hash, and only until it would have refilled.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @PreAuthorize("permitAll()")
    public void takeAnswerAllowance(String client) {
        if (!limits.bucket("fieldvoice/survey-answer", client, answersPerClientPerHour, Duration.ofHours(1))
                .tryConsume(1)) {
            throw new SurveyRefused("fieldvoice.survey.error.too-many");
        }
    }

    /**
     * Saves one whole response in one transaction: refused, with nothing saved, when the round takes no answers or
     * any answer is out of range. Unanswered (blank) questions are left out.
     */
    @PreAuthorize("permitAll()")
    public void answer(String token, Map<String, String> answers) {
        var point = rounds.point(token).orElseThrow(() -> new NotFound("survey", token));
        var round = rounds.find(point.round()).orElseThrow();
        if (!round.acceptsAnswers(clock)) {
            throw new SurveyRefused("fieldvoice.survey.error.closed");
        }
        var definition = surveys.version(round.version()).orElseThrow().definition();
        var refusals = definition.refusals(answers);
        if (!refusals.isEmpty()) {
            var first = refusals.entrySet().iterator().next();
            throw SurveyRefused.on("answers[" + first.getKey() + "]", first.getValue());
        }
        var response = UUID.randomUUID();
        rounds.insertResponse(response, point, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        for (var question : definition.questions()) {
            var value = answers.getOrDefault(question.code(), "").strip();
            if (value.isEmpty()) {
                continue;
            }
            if (question.kind().counted()) {
                rounds.insertAnswer(response, question.code(), value, null);
            } else {
                rounds.insertAnswer(response, question.code(), null, keys.seal(response, question.code(), value));
            }
        }
    }

    public int minimumAnswers() {
        return minimumAnswers;
    }

    private record RowKey(String company, String country, List<String> tokens) {
    }

    private Results results(SurveyRound round, List<RowKey> rows, Language language) {
        var definition = surveys.version(round.version()).orElseThrow().definition();
        var counts = rounds.counts(round.id());
        var disclosure = new Disclosure(minimumAnswers);
        var questions = new ArrayList<Results.Question>();
        for (var question : definition.questions()) {
            if (!question.kind().counted()) {
                continue;
            }
            var table = new int[rows.size()][question.options().size()];
            for (var count : counts) {
                if (!count.question().equals(question.code())) {
                    continue;
                }
                for (var row = 0; row < rows.size(); row++) {
                    if (rows.get(row).tokens().contains(count.token())) {
                        for (var column = 0; column < question.options().size(); column++) {
                            if (question.options().get(column).code().equals(count.choice())) {
                                table[row][column] += count.answers();
                            }
                        }
                    }
                }
            }
            var shown = disclosure.apply(table);
            var resultRows = new ArrayList<Results.Row>();
            for (var row = 0; row < rows.size(); row++) {
                var cells = new ArrayList<@Nullable Integer>();
                var total = 0;
                for (var column = 0; column < question.options().size(); column++) {
                    cells.add(shown.cell(row, column) ? table[row][column] : null);
                    total += table[row][column];
                }
                resultRows.add(new Results.Row(rows.get(row).company(), rows.get(row).country(), cells,
                        shown.rowTotal(row) ? total : null));
            }
            var optionTotals = new ArrayList<@Nullable Integer>();
            for (var column = 0; column < question.options().size(); column++) {
                var total = 0;
                for (var row = 0; row < rows.size(); row++) {
                    total += table[row][column];
                }
                optionTotals.add(shown.columnTotal(column) ? total : null);
            }
            questions.add(new Results.Question(question.code(), question.text(language),
                    question.options().stream().map(option -> option.text(language)).toList(), resultRows,
                    optionTotals));
        }
        return new Results(round.id(), round.name(), round.status(), minimumAnswers, questions);
    }

    private RoundSummary summary(SurveyRound round) {
        var responses = rounds.responses(round.id());
        var title = surveys.version(round.version()).orElseThrow().definition().title();
        return new RoundSummary(round, title, rounds.points(round.id()).stream()
                .map(point -> new RoundSummary.Point(point, responses.getOrDefault(point.token(), 0))).toList());
    }

    private static String token() {
        var token = new StringBuilder();
        for (var i = 0; i < 20; i++) {
            token.append(BASE32.charAt(RANDOM.nextInt(32)));
        }
        return token.toString();
    }
}
