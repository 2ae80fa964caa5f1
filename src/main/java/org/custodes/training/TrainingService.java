package org.custodes.training;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.custodes.organisation.OrganisationService;
import org.custodes.shared.Actor;
import org.custodes.shared.Language;
import org.custodes.shared.NotFound;
import org.custodes.shared.OrganisationId;
import org.custodes.training.course.Catalogue;
import org.custodes.training.course.CourseContent;
import org.custodes.training.course.CourseCreated;
import org.custodes.training.course.CoursePublished;
import org.custodes.training.course.CourseTranslated;
import org.custodes.training.course.CreateCourse;
import org.custodes.training.course.LessonPage;
import org.custodes.training.course.LessonText;
import org.custodes.training.course.MediaContent;
import org.custodes.training.course.MediaRef;
import org.custodes.training.course.TextItem;
import org.custodes.training.course.TranslationProgress;
import org.custodes.training.credential.CardsReissued;
import org.custodes.training.credential.CredentialCheck;
import org.custodes.training.credential.CredentialClaims;
import org.custodes.training.credential.CredentialRevoked;
import org.custodes.training.credential.CredentialView;
import org.custodes.training.credential.Credentials;
import org.custodes.training.credential.IssuedCard;
import org.custodes.training.credential.RenewalPolicy;
import org.custodes.training.credential.SigningKey;
import org.custodes.training.personnel.AccessCodePolicy;
import org.custodes.training.personnel.EnrolPerson;
import org.custodes.training.personnel.LearnerCourse;
import org.custodes.training.personnel.Learners;
import org.custodes.training.personnel.PersonEnrolled;
import org.custodes.training.personnel.PersonSummary;
import org.custodes.training.personnel.PersonnelFile;
import org.custodes.training.personnel.PersonnelFileRefused;
import org.custodes.training.personnel.PersonnelImport;
import org.custodes.training.personnel.PersonnelImported;
import org.custodes.training.personnel.PersonnelImports;
import org.custodes.training.personnel.PersonnelProblem;
import org.custodes.training.quiz.AttemptOutcome;
import org.custodes.training.quiz.CourseCompleted;
import org.custodes.training.quiz.Progress;
import org.custodes.training.quiz.QuizPage;
import org.custodes.training.quiz.QuizRules;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Training: the only way in for pages, the API and other modules. Permissions: {@code training:manage} (the
 * secretariat: courses, translations, publication, revocation, every company's coverage) and {@code training:enrol}
 * (a company's own personnel and coverage). Learners have no account: they sign in with their code, and the
 * {@link LearnerKey} that gives bounds every learner method. Verification is public.
 */
@Service
@Transactional
public class TrainingService {

    private final Catalogue catalogue;
    private final Learners learners;
    private final Progress progress;
    private final Credentials credentials;
    private final PersonnelImports imports;
    private final OrganisationService organisations;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String issuer;
    private final SecureRandom random = new SecureRandom();

    TrainingService(Catalogue catalogue, Learners learners, Progress progress, Credentials credentials,
            PersonnelImports imports, OrganisationService organisations, ApplicationEventPublisher events, Clock clock,
            @Value("${custodes.base-url}") String baseUrl) {
        this.catalogue = catalogue;
        this.learners = learners;
        this.progress = progress;
        this.credentials = credentials;
        this.imports = imports;
        this.organisations = organisations;
        this.events = events;
        this.clock = clock;
        this.issuer = baseUrl.replaceAll("/$", "") + "/training";
    }

    // Courses (secretariat)

    @PreAuthorize("hasAuthority('training:manage')")
    @SuppressWarnings("ConstantValue") // a JSON body may leave any component out
    public CourseId createCourse(CreateCourse command) {
        if (command.code() == null || command.sourceLanguage() == null || command.title() == null
                || command.summary() == null || command.modules() == null || command.modules().isEmpty()) {
            throw new TrainingRefused("training.refused.course-incomplete");
        }
        if (command.title().get(command.sourceLanguage()) == null) {
            throw new TrainingRefused("training.refused.source-missing", command.sourceLanguage().code());
        }
        if (catalogue.codeTaken(command.code())) {
            throw new TrainingRefused("training.refused.code-taken", command.code());
        }
        var id = catalogue.create(command, clock.instant());
        events.publishEvent(new CourseCreated(new CourseId(id), 1, command.code()));
        return new CourseId(id);
    }

    @PreAuthorize("hasAuthority('training:manage')")
    @Transactional(readOnly = true)
    public List<CourseSummary> courses() {
        return catalogue.courseIds().stream().map(id -> summary(content(id, catalogue.currentVersion(id)))).toList();
    }

    @PreAuthorize("hasAuthority('training:manage')")
    @Transactional(readOnly = true)
    public CourseSummary course(CourseId id) {
        return summary(content(id.value(), catalogue.currentVersion(id.value())));
    }

    /** Every text of the current version with its source and its translation into the language. */
    @PreAuthorize("hasAuthority('training:manage')")
    @Transactional(readOnly = true)
    public List<TextItem> translationItems(CourseId id, Language language) {
        var content = content(id.value(), catalogue.currentVersion(id.value()));
        return content.sourceItems().stream()
                .map(key -> new TextItem(key, content.texts().get(key).get(content.source()),
                        content.texts().get(key).getOrDefault(language, "")))
                .toList();
    }

    /** Saves translations of the current version; a language already published in it is frozen. */
    @PreAuthorize("hasAuthority('training:manage')")
    public void translate(CourseId id, Language language, Map<String, String> texts) {
        var content = content(id.value(), catalogue.currentVersion(id.value()));
        content.requireTranslatable(language);
        var known = Set.copyOf(content.sourceItems());
        int saved = 0;
        for (var entry : texts.entrySet()) {
            if (known.contains(entry.getKey()) && !entry.getValue().isBlank()) {
                catalogue.putText(id.value(), content.version(), entry.getKey(), language, entry.getValue().strip());
                saved++;
            }
        }
        events.publishEvent(new CourseTranslated(id, content.version(), language, saved));
    }

    /** Publishes the current version in a language, once its translation is complete. */
    @PreAuthorize("hasAuthority('training:manage')")
    public void publish(CourseId id, Language language) {
        var content = content(id.value(), catalogue.currentVersion(id.value()));
        content.requirePublishable(language);
        catalogue.publish(id.value(), content.version(), language, clock.instant());
        events.publishEvent(new CoursePublished(id, content.version(), language));
    }

    /** Starts the next version as a copy of the current one; learners keep the published one until it is published. */
    @PreAuthorize("hasAuthority('training:manage')")
    public int newVersion(CourseId id) {
        var version = catalogue.currentVersion(id.value());
        var next = catalogue.copyToNewVersion(id.value(), version, catalogue.rowVersion(id.value()), clock.instant());
        events.publishEvent(new CourseCreated(id, next, content(id.value(), next).code()));
        return next;
    }

    /** Uploads read-aloud audio (or other media) for a text item of the current version, with its text alternative. */
    @PreAuthorize("hasAuthority('training:manage')")
    public void attachMedia(CourseId id, String itemKey, Language language, String contentType, byte[] content,
            String textAlternative) {
        var course = content(id.value(), catalogue.currentVersion(id.value()));
        if (!course.texts().containsKey(itemKey)) {
            throw new NotFound("text item", itemKey);
        }
        if (!contentType.startsWith("audio/") && !contentType.startsWith("video/")) {
            throw new TrainingRefused("training.refused.media-type", contentType);
        }
        catalogue.putMedia(id.value(), course.version(), itemKey, language, contentType, content, textAlternative);
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public MediaContent media(UUID id) {
        return catalogue.mediaFile(id).orElseThrow(() -> new NotFound("media", id));
    }

    @PreAuthorize("hasAuthority('training:manage')")
    public void revoke(OrganisationId organisation, CompletionId completion, String reason) {
        if (!progress.revoke(organisation, completion.value(), LocalDate.now(clock), reason)) {
            throw new NotFound("completion", completion.value());
        }
        events.publishEvent(new CredentialRevoked(organisation, completion, LocalDate.now(clock), reason));
    }

    // Personnel (company)

    @PreAuthorize("hasAuthority('training:enrol')")
    public Enrolment enrol(EnrolPerson command) {
        requireOwn(command.organisation());
        if (learners.numberTaken(command.organisation(), command.personnelNumber())) {
            throw new TrainingRefused("training.refused.number-taken", command.personnelNumber());
        }
        var learner = learners.enrol(command, clock.instant());
        var expires = AccessCodePolicy.expiresOn(clock);
        var code = learners.issueCode(command.organisation(), learner, expires);
        events.publishEvent(new PersonEnrolled(command.organisation(), new LearnerId(learner)));
        return new Enrolment(new LearnerId(learner), code, expires);
    }

    /** A new code for a person (a lost card); the old one stops working. */
    @PreAuthorize("hasAuthority('training:enrol')")
    public Enrolment newCode(OrganisationId organisation, LearnerId learner) {
        requireOwn(organisation);
        learners.find(new LearnerKey(organisation, learner)).orElseThrow(() -> new NotFound("learner", learner.value()));
        var expires = AccessCodePolicy.expiresOn(clock);
        return new Enrolment(learner, learners.issueCode(organisation, learner.value(), expires), expires);
    }

    /**
     * Enrols a company's personnel from a CSV or XLSX file, all or none: a file with any bad row, or naming an
     * employee number the company already has or twice, is refused with every problem and nobody is enrolled. With
     * an Idempotency-Key, sending the same file again enrols nobody twice; the same key with another file is refused.
     */
    @PreAuthorize("hasAuthority('training:enrol')")
    public PersonnelImport importPersonnel(OrganisationId organisation, String fileName, byte[] content,
            @Nullable String idempotencyKey) {
        requireOwn(organisation);
        var sha256 = sha256(content);
        if (idempotencyKey != null) {
            var earlier = imports.byKey(organisation, idempotencyKey);
            if (earlier.isPresent()) {
                if (!java.security.MessageDigest.isEqual(earlier.get().fileSha256(), sha256)) {
                    throw new TrainingRefused("training.import.key-reused");
                }
                return new PersonnelImport(earlier.get().importId(), earlier.get().people(), true, List.of());
            }
        }
        var file = PersonnelFile.read(fileName, content);
        if (!file.problems().isEmpty()) {
            throw new PersonnelFileRefused(file.problems());
        }
        var staged = file.people().stream()
                .map(person -> new PersonnelImports.Staged(person, UUID.randomUUID(), learners.randomCode())).toList();
        imports.stage(staged);
        var taken = imports.numbersTaken(organisation);
        if (!taken.isEmpty()) {
            throw new PersonnelFileRefused(taken.stream().map(t -> new PersonnelProblem(t.row(), "employeeNumber",
                    "training.import.number-taken", List.of(t.employeeNumber()))).toList());
        }
        var importId = UUID.randomUUID();
        var expires = AccessCodePolicy.expiresOn(clock);
        imports.enrolStaged(organisation, importId, idempotencyKey, sha256, staged.size(), expires, clock.instant());
        events.publishEvent(new PersonnelImported(organisation, importId, staged.size()));
        var cards = staged.stream().map(s -> new IssuedCard(new LearnerId(s.learner()), s.person().fullName(),
                s.person().employeeNumber(), s.person().site(), s.code(), expires)).toList();
        return new PersonnelImport(importId, staged.size(), false, cards);
    }

    /** The sites of a company's personnel, for printing cards per site. */
    @PreAuthorize("hasAuthority('training:enrol')")
    @Transactional(readOnly = true)
    public List<String> sites(OrganisationId organisation) {
        requireOwn(organisation);
        return imports.sites(organisation);
    }

    /** New cards for everyone at a site (codes are kept only as hashes, so printing again means new codes). */
    @PreAuthorize("hasAuthority('training:enrol')")
    public List<IssuedCard> reissueCards(OrganisationId organisation, String site) {
        requireOwn(organisation);
        var people = imports.atSite(organisation, site);
        if (people.isEmpty()) {
            throw new NotFound("site", site);
        }
        var expires = AccessCodePolicy.expiresOn(clock);
        var cards = people.stream().map(p -> new IssuedCard(new LearnerId(p.learner()), p.fullName(), p.employeeNumber(),
                site, learners.issueCode(organisation, p.learner(), expires), expires)).toList();
        events.publishEvent(new CardsReissued(organisation, site, cards.size()));
        return cards;
    }

    @PreAuthorize("hasAnyAuthority('training:enrol', 'training:manage')")
    @Transactional(readOnly = true)
    public List<PersonSummary> personnel(OrganisationId organisation) {
        requireOwnOrManager(organisation);
        return learners.ofCompany(organisation);
    }

    /** A company's coverage; another company asking gets 404. */
    @PreAuthorize("hasAnyAuthority('training:enrol', 'training:manage')")
    @Transactional(readOnly = true)
    public List<CoverageFigure> coverage(OrganisationId organisation) {
        requireOwnOrManager(organisation);
        return coverageOf(organisation);
    }

    /**
     * For other modules (the self-assessment review, monitoring), which check access themselves: the company's
     * coverage per course and language, counts only.
     */
    @Transactional(readOnly = true)
    public List<CoverageFigure> coverageOf(OrganisationId organisation) {
        return progress.coverage(organisation);
    }

    /** How many personnel a company has enrolled; with {@link #coverageOf} for other modules. */
    @Transactional(readOnly = true)
    public long personnelOf(OrganisationId organisation) {
        return progress.personnel(organisation);
    }

    // Learners (signed in with their code)

    /** The learner whose code this is, unless it is unknown or expired (then empty, and the page says so). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<LearnerKey> signInWithCode(String code) {
        if (Learners.normalise(code).length() != Learners.CODE_LENGTH) {
            return Optional.empty();
        }
        return learners.byCode(code).filter(owner -> AccessCodePolicy.usable(owner.expiresOn(), clock))
                .map(Learners.CodeOwner::key);
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public String learnerName(LearnerKey key) {
        return learner(key).fullName();
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Language learnerLanguage(LearnerKey key) {
        return learner(key).language();
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<LearnerCourse> coursesFor(LearnerKey key) {
        var learner = learner(key);
        var seen = progress.seenCounts(key);
        var courses = new ArrayList<LearnerCourse>();
        for (var id : catalogue.publishedCourses()) {
            var content = learnerContent(id);
            var language = content.languageFor(learner.language()).orElseThrow();
            var lessons = content.lessons();
            courses.add(new LearnerCourse(new CourseId(id), content.version(), language,
                    content.text(CourseContent.courseTitle(), language), content.text(CourseContent.courseSummary(), language),
                    lessons.size(), seen.getOrDefault(id + "/" + content.version(), 0),
                    progress.currentCompletion(key, id, LocalDate.now(clock)).map(CompletionId::new).orElse(null),
                    lessons.isEmpty() ? null : lessons.getFirst().toString()));
        }
        return courses;
    }

    /** A lesson in the learner's language (or the fallback), recorded as seen. */
    @PreAuthorize("permitAll()")
    public LessonPage lesson(LearnerKey key, CourseId course, UUID lesson) {
        var learner = learner(key);
        var content = learnerContent(course.value());
        var module = content.moduleOfLesson(lesson).orElseThrow(() -> new NotFound("lesson", lesson));
        var language = content.languageFor(learner.language()).orElseThrow();
        progress.seen(key, course.value(), content.version(), lesson, clock.instant());
        var lessons = content.lessons();
        var index = lessons.indexOf(lesson);
        var media = media(content, language);
        return new LessonPage(course, content.version(), language, content.text(CourseContent.courseTitle(), language),
                content.text(CourseContent.moduleTitle(module.id()), language), lesson.toString(),
                content.text(CourseContent.lessonTitle(lesson), language),
                LessonText.blocks(content.text(CourseContent.lessonBody(lesson), language)),
                media.get(CourseContent.lessonBody(lesson)),
                index + 1 < lessons.size() ? lessons.get(index + 1).toString() : null, index + 1 == lessons.size());
    }

    /** Opens the quiz: the open attempt if there is one, else a new random draw, within the attempts allowed. */
    @PreAuthorize("permitAll()")
    public AttemptId startAttempt(LearnerKey key, CourseId course) {
        learner(key);
        var content = learnerContent(course.value());
        var open = progress.openAttempt(key, course.value(), content.version());
        if (open.isPresent()) {
            return new AttemptId(open.get());
        }
        QuizRules.requireLessonsSeen(content.lessons().size(),
                progress.seenCounts(key).getOrDefault(course.value() + "/" + content.version(), 0));
        var today = LocalDate.now(clock);
        QuizRules.requireAttemptLeft(progress.closedAttempts(key, course.value(), content.version(), attemptsSince(key, course.value())),
                content.attemptsAllowed(), progress.currentCompletion(key, course.value(), today).isPresent());
        var attempt = UUID.randomUUID();
        progress.startAttempt(key, attempt, course.value(), content.version(), QuizRules.draw(content, random), clock.instant());
        return new AttemptId(attempt);
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public QuizPage attempt(LearnerKey key, AttemptId id) {
        var learner = learner(key);
        var attempt = progress.attempt(key, id.value()).orElseThrow(() -> new NotFound("attempt", id.value()));
        if (attempt.closed()) {
            throw new TrainingRefused("training.refused.attempt-closed");
        }
        var content = content(attempt.course(), attempt.version());
        var language = content.languageFor(learner.language()).orElse(content.source());
        var media = media(content, language);
        var questions = attempt.questions().stream().map(q -> content.question(q).orElseThrow())
                .map(q -> new QuizPage.Question(q.id().toString(), q.kind(), content.text(CourseContent.prompt(q.id()), language),
                        media.get(CourseContent.prompt(q.id())),
                        q.options().stream().map(o -> new QuizPage.Option(o.id().toString(),
                                content.text(CourseContent.optionLabel(o.id()), language))).toList()))
                .toList();
        return new QuizPage(id, new CourseId(attempt.course()), language, content.text(CourseContent.courseTitle(), language),
                content.passMark(), questions);
    }

    /**
     * Scores and closes an attempt. Passing, with every lesson seen, completes the course: the completion is recorded,
     * the company's coverage counted and a signed credential issued.
     */
    @PreAuthorize("permitAll()")
    public AttemptOutcome answer(LearnerKey key, AttemptId id, Map<String, Set<String>> answers) {
        var learner = learner(key);
        var attempt = progress.attempt(key, id.value()).orElseThrow(() -> new NotFound("attempt", id.value()));
        if (attempt.closed()) {
            throw new TrainingRefused("training.refused.attempt-closed");
        }
        var content = content(attempt.course(), attempt.version());
        var language = content.languageFor(learner.language()).orElse(content.source());
        var chosen = new HashMap<UUID, Set<UUID>>();
        answers.forEach((question, options) -> {
            try {
                chosen.put(UUID.fromString(question), options.stream().map(UUID::fromString).collect(Collectors.toSet()));
            } catch (IllegalArgumentException e) {
                throw new TrainingRefused("training.refused.answer-malformed");
            }
        });
        var questions = attempt.questions().stream().map(q -> content.question(q).orElseThrow()).toList();
        var score = QuizRules.score(questions, chosen);
        var passed = QuizRules.passes(score, content.passMark());
        if (!progress.close(key, id.value(), score, passed, clock.instant())) {
            throw new TrainingRefused("training.refused.attempt-closed");
        }
        var feedback = questions.stream().map(q -> {
            var picked = chosen.getOrDefault(q.id(), Set.of());
            var notes = q.options().stream().filter(o -> picked.contains(o.id()))
                    .map(o -> content.text(CourseContent.optionFeedback(o.id()), language)).filter(s -> !s.isBlank()).toList();
            return new AttemptOutcome.Feedback(content.text(CourseContent.prompt(q.id()), language), QuizRules.right(q, picked), notes);
        }).toList();
        CompletionId completion = null;
        if (passed) {
            completion = complete(key, content, language, score);
        }
        var left = content.attemptsAllowed()
                - progress.closedAttempts(key, attempt.course(), attempt.version(), attemptsSince(key, attempt.course()));
        return new AttemptOutcome(new CourseId(attempt.course()), score, content.passMark(), passed, Math.max(left, 0),
                feedback, completion);
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<CredentialView> credentials(LearnerKey key) {
        var learner = learner(key);
        return progress.completions(key).stream().map(c -> {
            var content = content(c.course(), c.version());
            return new CredentialView(new CompletionId(c.id()), content.text(CourseContent.courseTitle(), learner.language()),
                    c.version(), c.completedOn(), c.expiresOn(), c.credential());
        }).toList();
    }

    // Verification (public)

    /** Checks a credential: its signature under a published key, its expiry, and whether it was revoked. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public CredentialCheck verify(String credential) {
        var payload = credentials.verify(credential);
        if (payload.isEmpty()) {
            return new CredentialCheck(false, "training.verify.forged", null, null, null, null, null, null);
        }
        var claims = CredentialClaims.read(payload.get());
        var today = LocalDate.now(clock);
        var status = claims.completion() == null ? Optional.<Progress.Status>empty() : progress.credentialStatus(claims.completion());
        String reason;
        if (status.isEmpty() || status.get().revokedOn() != null) {
            reason = "training.verify.revoked";
        } else if (!RenewalPolicy.current(claims.expiresOn(), today)) {
            reason = "training.verify.expired";
        } else {
            reason = "training.verify.valid";
        }
        return new CredentialCheck(reason.equals("training.verify.valid"), reason, claims.course(), claims.version(),
                claims.company(), claims.learner(), claims.completedOn(), claims.expiresOn());
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<SigningKey> signingKeys() {
        return credentials.published();
    }

    // Internals

    private CompletionId complete(LearnerKey key, CourseContent content, Language language, int score) {
        var completion = UUID.randomUUID();
        var today = LocalDate.now(clock);
        var expires = RenewalPolicy.expiresOn(today, content.validityMonths());
        var renews = progress.lastExpired(key, content.courseId(), today).orElse(null);
        var company = organisations.find(key.organisation()).map(o -> o.legalName()).orElse("");
        var credential = credentials.sign(CredentialClaims.payload(issuer, completion, key, content, language, company, today,
                expires, clock.instant().getEpochSecond()));
        progress.complete(key, completion, content.courseId(), content.version(), language, score, today, expires, credential,
                renews);
        events.publishEvent(new CourseCompleted(key.organisation(), key.learner(), new CourseId(content.courseId()),
                content.version(), language, new CompletionId(completion), today));
        return new CompletionId(completion);
    }

    /** Attempts count from the person's last enrolment in the course: the first, or the day after a completion expired. */
    private java.time.Instant attemptsSince(LearnerKey key, UUID course) {
        var today = LocalDate.now(clock);
        var expiry = progress.lastExpired(key, course, today).map(Progress.Expired::expiresOn).orElse(null);
        return RenewalPolicy.reEnrolledOn(expiry, today).map(day -> day.atStartOfDay(ZoneOffset.UTC).toInstant())
                .orElse(java.time.Instant.EPOCH);
    }

    private Learners.Learner learner(LearnerKey key) {
        return learners.find(key).orElseThrow(() -> new NotFound("learner", key.learner().value()));
    }

    private CourseContent content(UUID course, int version) {
        return catalogue.load(course, version).orElseThrow(() -> new NotFound("course", course));
    }

    private CourseContent learnerContent(UUID course) {
        var version = catalogue.learnerVersion(course).orElseThrow(() -> new NotFound("course", course));
        return content(course, version);
    }

    private Map<String, MediaRef> media(CourseContent content, Language language) {
        var media = new LinkedHashMap<>(catalogue.media(content.courseId(), content.version(), content.source()));
        media.putAll(catalogue.media(content.courseId(), content.version(), language));
        return media;
    }

    private CourseSummary summary(CourseContent content) {
        var translations = java.util.Arrays.stream(Language.values())
                .map(l -> new TranslationProgress(l, content.translated(l), content.sourceItems().size(), content.published().contains(l)))
                .toList();
        return new CourseSummary(new CourseId(content.courseId()), content.code(),
                content.text(CourseContent.courseTitle(), content.source()), content.version(), content.source(), translations);
    }

    private static void requireOwn(OrganisationId organisation) {
        if (!Actor.current().map(Actor::organisationId).filter(organisation::equals).isPresent()) {
            throw new NotFound("organisation", organisation);
        }
    }

    private static void requireOwnOrManager(OrganisationId organisation) {
        if (Actor.holds("training:manage")) {
            return;
        }
        requireOwn(organisation);
    }

    private static byte[] sha256(byte[] content) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(content);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static LocalDate utcDate(long epochSecond) {
        return java.time.Instant.ofEpochSecond(epochSecond).atZone(ZoneOffset.UTC).toLocalDate();
    }
}
