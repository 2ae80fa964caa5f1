package org.custodes.training;

import java.time.Clock;
import java.util.HashMap;
import java.util.Set;
import java.util.stream.Collectors;

import org.custodes.organisation.OrganisationService;
import org.custodes.shared.Language;
import org.custodes.shared.OrganisationId;
import org.custodes.training.course.Catalogue;
import org.custodes.training.course.CourseContent;
import org.custodes.training.course.DemoCourses;
import org.custodes.training.personnel.AccessCodePolicy;
import org.custodes.training.personnel.EnrolPerson;
import org.custodes.training.personnel.Learners;
import org.custodes.training.personnel.PersonEnrolled;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo training: the PSEA course (four modules) and the use-of-force course published in four languages, a second,
 * unpublished version of the use-of-force course, guards of Aegis Shield and Al-Noor with known codes, and
 * completions with credentials (one revoked), so that coverage has figures; the guards work at sites, so that cards
 * can be printed per site.
 */
@Component
@ConditionalOnProperty(name = "custodes.demo.enabled", havingValue = "true")
class DemoTraining {

    /** Known codes, printed in the log: an English-speaking guard and an Arabic-speaking guard of Aegis Shield. */
    static final String GUARD_CODE = "DEMOGUARD1";
    static final String ARABIC_GUARD_CODE = "DEMOGUARD2";
    private static final Logger log = LoggerFactory.getLogger(DemoTraining.class);

    private final TrainingService training;
    private final Catalogue catalogue;
    private final Learners learners;
    private final OrganisationService organisations;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoTraining(TrainingService training, Catalogue catalogue, Learners learners, OrganisationService organisations,
            ApplicationEventPublisher events, TransactionTemplate transaction, Clock clock) {
        this.training = training;
        this.catalogue = catalogue;
        this.learners = learners;
        this.organisations = organisations;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(40)
    void load(ApplicationReadyEvent ready) {
        var aegis = organisations.findByLegalName("Aegis Shield Security Ltd").map(o -> o.id());
        var alNoor = organisations.findByLegalName("Al-Noor Security Services LLC").map(o -> o.id());
        if (aegis.isEmpty() || alNoor.isEmpty() || catalogue.codeTaken("PSEA")) {
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system", null,
                AuthorityUtils.createAuthorityList("training:manage")));
        SecurityContextHolder.setContext(context);
        try {
            transaction.executeWithoutResult(status -> load(aegis.get(), alNoor.get()));
        } finally {
            SecurityContextHolder.clearContext();
        }
        log.info("Demo training loaded; guards of Aegis Shield sign in at /training/learn with {} (English) or {} (Arabic)",
                GUARD_CODE, ARABIC_GUARD_CODE);
    }

    private void load(OrganisationId aegis, OrganisationId alNoor) {
        var psea = training.createCourse(DemoCourses.psea());
        var force = training.createCourse(DemoCourses.useOfForce());
        for (var language : Language.values()) {
            training.publish(psea, language);
            training.publish(force, language);
        }
        training.newVersion(force);

        var expires = AccessCodePolicy.expiresOn(clock);
        var guard = enrol(aegis, "Samuel Okello", "AS-0141", "+256 700 000141", Language.EN);
        learners.assignCode(aegis, guard.learner().value(), GUARD_CODE, expires);
        var arabicGuard = enrol(aegis, "Yousef Haddad", "AS-0207", null, Language.AR);
        learners.assignCode(aegis, arabicGuard.learner().value(), ARABIC_GUARD_CODE, expires);
        var trained = enrol(aegis, "Grace Achieng", "AS-0088", null, Language.EN);
        var trainedFr = enrol(aegis, "Jean-Pierre Mbeki", "AS-0112", null, Language.FR);
        var alNoorGuard = enrol(alNoor, "Omar Al-Rashid", "AN-1001", "+964 750 000 1001", Language.AR);
        enrol(alNoor, "Karim Saleh", "AN-1002", null, Language.AR);

        for (var person : java.util.List.of(guard, arabicGuard, trained)) {
            learners.placeAt(aegis, person.learner().value(), "Kampala HQ", "UG", "Guard");
        }
        learners.placeAt(aegis, trainedFr.learner().value(), "Goma", "CD", "Supervisor");
        learners.placeAt(alNoor, alNoorGuard.learner().value(), "Basra port", "IQ", "Guard");

        complete(new LearnerKey(aegis, trained.learner()), psea);
        complete(new LearnerKey(aegis, trained.learner()), force);
        complete(new LearnerKey(aegis, trainedFr.learner()), psea);
        var revoked = complete(new LearnerKey(aegis, trainedFr.learner()), force);
        training.revoke(aegis, revoked, "Demo: completed on behalf of someone else");
        complete(new LearnerKey(alNoor, alNoorGuard.learner()), psea);
    }

    private Enrolment enrol(OrganisationId organisation, String name, String number, String phone, Language language) {
        var id = learners.enrol(new EnrolPerson(organisation, name, number, phone, language), clock.instant());
        events.publishEvent(new PersonEnrolled(organisation, new LearnerId(id)));
        var expires = AccessCodePolicy.expiresOn(clock);
        return new Enrolment(new LearnerId(id), learners.issueCode(organisation, id, expires), expires);
    }

    private CompletionId complete(LearnerKey learner, CourseId course) {
        return complete(training, catalogue, learner, course);
    }

    /** Takes the course as the learner would: every lesson, then the quiz with the right answers. */
    static CompletionId complete(TrainingService training, Catalogue catalogue, LearnerKey learner, CourseId course) {
        var version = catalogue.learnerVersion(course.value()).orElseThrow();
        var content = catalogue.load(course.value(), version).orElseThrow();
        for (var lesson : content.lessons()) {
            training.lesson(learner, course, lesson);
        }
        var attempt = training.startAttempt(learner, course);
        var answers = new HashMap<String, Set<String>>();
        for (var question : training.attempt(learner, attempt).questions()) {
            var q = content.question(java.util.UUID.fromString(question.id())).orElseThrow();
            answers.put(question.id(), q.options().stream().filter(CourseContent.Option::correct)
                    .map(o -> o.id().toString()).collect(Collectors.toSet()));
        }
        var outcome = training.answer(learner, attempt, answers);
        return java.util.Objects.requireNonNull(outcome.completion());
    }
}
