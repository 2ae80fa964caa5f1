package org.custodes.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.custodes.monitoring.concern.ConcernOrigin;
import org.custodes.monitoring.concern.OpenConcern;
import org.custodes.monitoring.finding.FindingResponse;
import org.custodes.monitoring.finding.FindingSeverity;
import org.custodes.monitoring.finding.RecordFinding;
import org.custodes.monitoring.observation.InformationCredibility;
import org.custodes.monitoring.observation.ObservationCategory;
import org.custodes.monitoring.observation.ObservationStatus;
import org.custodes.monitoring.observation.Observations;
import org.custodes.monitoring.observation.RecordObservation;
import org.custodes.monitoring.observation.SourceReliability;
import org.custodes.monitoring.observation.SourceType;
import org.custodes.monitoring.observation.TriageObservation;
import org.custodes.organisation.OrganisationService;
import org.custodes.shared.Actor;
import org.custodes.shared.CountryCode;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo monitoring: observations from two civil-society organisations and a state, a media item recorded by the
 * secretariat, triaged observations of every outcome and some awaiting triage, and concerns at every stage of the
 * escalation path (the referred one opens a compliance case in membership, as a real referral does), and findings
 * the company acknowledged, disputed, or has yet to answer.
 */
@Component
@ConditionalOnProperty(name = "custodes.demo.enabled", havingValue = "true")
class DemoMonitoring {

    private static final Logger log = LoggerFactory.getLogger(DemoMonitoring.class);
    private static final Set<String> SECRETARIAT = Set.of("monitoring:observe", "monitoring:read",
            "monitoring:handle", "monitoring:refer");
    private static final Set<String> OBSERVER = Set.of("monitoring:observe");
    private static final Set<String> COMPANY = Set.of("monitoring:respond");

    /** Someone acting in the demo, for the facade's permission and ownership checks. */
    private record DemoActor(UserId userId, OrganisationId organisationId, Set<String> permissions) implements Actor {

        @Override
        public boolean can(String permission) {
            return permissions.contains(permission);
        }
    }

    private final MonitoringService monitoring;
    private final Observations observations;
    private final OrganisationService organisations;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoMonitoring(MonitoringService monitoring, Observations observations, OrganisationService organisations,
            TransactionTemplate transaction, Clock clock) {
        this.monitoring = monitoring;
        this.observations = observations;
        this.organisations = organisations;
        this.transaction = transaction;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(70) // after the membership demo: the referred concern's company must be a member
    void load(ApplicationReadyEvent ready) {
        if (organisations.findByLegalName("Human Rights Watchpost Kenya").isEmpty()
                || !observations.all(1).isEmpty()) {
            return;
        }
        try {
            transaction.executeWithoutResult(status -> load());
        } finally {
            SecurityContextHolder.clearContext();
        }
        log.info("Demo monitoring loaded: observations to triage, concerns at every stage");
    }

    private void load() {
        var today = LocalDate.now(clock);
        var watchpost = as(org("Human Rights Watchpost Kenya"), OBSERVER);
        var sahel = as(org("Observatoire des Droits au Sahel"), OBSERVER);
        var state = as(org("Government of the Swiss Confederation"), OBSERVER);
        var secretariat = as(org("Custodes Oversight Association"), SECRETARIAT);
        var aegis = org("Aegis Shield Security Ltd");
        var alNoor = org("Al-Noor Security Services LLC");
        var atlas = org("Atlas Protection SARL");
        var kilimanjaro = org("Kilimanjaro Guarding Company Ltd");
        var sentinel = org("Sentinel Maritime Services S.A.");

        var mineGate = watchpost.call(() -> monitoring.recordObservation(new RecordObservation(
                SourceType.CIVIL_SOCIETY_FIELD, aegis, "Aegis Shield guards at the Lokichar mine", today.minusDays(40),
                new CountryCode("KE"), "Turkana", "Lokichar mine, main gate",
                "Guards fired warning shots and beat three villagers who were protesting at the mine gate about "
                        + "the access road. Two were taken to the county hospital.",
                ObservationCategory.USE_OF_FORCE, Set.of(30, 31, 32), 3, SourceReliability.B,
                InformationCredibility.TWO, "A nurse at Lokichar county hospital", false, null, null), null));
        watchpost.call(() -> monitoring.recordObservation(new RecordObservation(SourceType.CIVIL_SOCIETY_FIELD,
                aegis, "Aegis Shield, Nairobi office guards", today.minusDays(12), new CountryCode("KE"), "Nairobi",
                null, "Guards say their wages for October have not been paid and that overtime is never paid.",
                ObservationCategory.WAGES_HOURS_CONTRACTS, Set.of(64, 65), 25, SourceReliability.B,
                InformationCredibility.THREE, "Two guards, interviewed separately", false, null, null), null));
        var unmarked = watchpost.call(() -> monitoring.recordObservation(new RecordObservation(
                SourceType.CIVIL_SOCIETY_FIELD, null, "Men in grey uniforms without insignia", today.minusDays(30),
                new CountryCode("KE"), "Nairobi", "Gikomba market",
                "Armed men in grey uniforms without any company badge chased traders out of the market.",
                ObservationCategory.USE_OF_FORCE, Set.of(), null, SourceReliability.C, InformationCredibility.THREE,
                null, false, null, null), null));
        var mopti = sahel.call(() -> monitoring.recordObservation(new RecordObservation(SourceType.CIVIL_SOCIETY_FIELD,
                atlas, "Atlas Protection guards at a warehouse", today.minusDays(20), new CountryCode("ML"), "Mopti",
                "Humanitarian warehouse", "Guards held a young man in a container for a night on suspicion of theft "
                        + "before handing him to the gendarmerie.",
                ObservationCategory.DETENTION, Set.of(33, 34), 1, SourceReliability.A, InformationCredibility.TWO,
                "The young man's family", false, null, null), null));
        var moptiAgain = sahel.call(() -> monitoring.recordObservation(new RecordObservation(SourceType.OTHER,
                atlas, "Atlas Protection, Mopti", today.minusDays(19), new CountryCode("ML"), "Mopti", null,
                "A trader reports that a young man was locked up overnight by the warehouse guards.",
                ObservationCategory.DETENTION, Set.of(33), 1, SourceReliability.X, InformationCredibility.THREE,
                "A trader at the market", false, null, null), null));
        state.call(() -> monitoring.recordObservation(new RecordObservation(SourceType.STATE_INFORMATION, sentinel,
                "Sentinel Maritime team on a tanker", today.minusDays(8), new CountryCode("DJ"), null, "Port of Djibouti",
                "The port authority reports that the embarked team did not declare two rifles on arrival.",
                ObservationCategory.WEAPONS, Set.of(56, 57), null, SourceReliability.A, InformationCredibility.ONE,
                null, true, null, null), null));
        var media = secretariat.call(() -> monitoring.recordObservation(new RecordObservation(SourceType.MEDIA,
                alNoor, "Al-Noor Security convoy", today.minusDays(25), new CountryCode("IQ"), "Basra", null,
                "A regional newspaper reports that a convoy escort fired at a car that came too close on the road "
                        + "to the oil field; the driver was wounded.",
                ObservationCategory.USE_OF_FORCE, Set.of(30, 31), 1, SourceReliability.B, InformationCredibility.THREE,
                "Basra regional daily, news desk", false, "https://news.example/basra/convoy-shooting", "ar"), null));

        secretariat.call(() -> monitoring.triage(moptiAgain.id(), new TriageObservation(ObservationStatus.DUPLICATE,
                mopti.reference(), null, null, "Same night, same warehouse")));
        secretariat.call(() -> monitoring.triage(unmarked.id(), new TriageObservation(ObservationStatus.NO_ACTION,
                null, null, "Not a private security company: the county police reserve wears this uniform.",
                "Checked with the county commissioner's office")));

        var dialogue = secretariat.call(() -> monitoring.openConcern(new OpenConcern(aegis,
                ConcernCategory.PERSONNEL_MISCONDUCT, ConcernOrigin.OBSERVATION, null,
                "Use of force against protesters at the Lokichar mine gate", Set.of(30, 31, 32)), mineGate.id()));
        secretariat.call(() -> monitoring.post(dialogue, "The nurse asked not to be named to the company.", false));
        secretariat.call(() -> monitoring.startDialogue(dialogue));
        secretariat.call(() -> monitoring.post(dialogue, "We have received information that guards used force "
                + "against protesters at the Lokichar mine gate. Please describe the incident and your rules for the "
                + "use of force at that site.", true));
        as(aegis, COMPANY).call(() -> monitoring.post(dialogue, "We are investigating. The site manager's report and "
                + "our rules for the use of force will follow within two weeks.", true));

        var company = as(aegis, COMPANY);
        var shots = secretariat.call(() -> monitoring.recordFinding(dialogue, new RecordFinding(31,
                FindingSeverity.MAJOR, "Guards fired warning shots although nobody's life was threatened.",
                "The hospital's admission records and two consistent witness accounts.")));
        company.call(() -> monitoring.answerFinding(dialogue, shots, FindingResponse.ACKNOWLEDGED,
                "The shift leader has been withdrawn from the site pending retraining."));
        var report = secretariat.call(() -> monitoring.recordFinding(dialogue, new RecordFinding(63,
                FindingSeverity.MINOR, "The incident was not reported to the client within 72 hours.",
                "The client's incident log shows no entry for that week.")));
        company.call(() -> monitoring.answerFinding(dialogue, report, FindingResponse.DISPUTED,
                "We reported it by telephone to the client's security manager the same evening; the call log is attached."));
        secretariat.call(() -> monitoring.recordFinding(dialogue, new RecordFinding(32, FindingSeverity.CRITICAL,
                "Two villagers were beaten after the crowd had dispersed.",
                "Medical certificates from the county hospital.")));

        var grievance = secretariat.call(() -> monitoring.openConcern(new OpenConcern(aegis,
                ConcernCategory.MANAGEMENT_AND_GOVERNANCE, ConcernOrigin.DIRECT, null,
                "No grievance mechanism published for the Kenyan sites", Set.of(66, 67)), null));
        // Two more findings for the corrective action plans of the demo (DemoActionPlans)
        secretariat.call(() -> monitoring.recordFinding(grievance, new RecordFinding(66, FindingSeverity.MAJOR,
                "No grievance mechanism is published at the Kenyan sites.", "Site visits of the field team.")));
        secretariat.call(() -> monitoring.recordFinding(dialogue, new RecordFinding(64, FindingSeverity.MAJOR,
                "Overtime of the Lokichar guards was paid below the legal rate.", "Payslips of six guards.")));

        var recommended = secretariat.call(() -> monitoring.openConcern(new OpenConcern(alNoor,
                ConcernCategory.PERSONNEL_MISCONDUCT, ConcernOrigin.OBSERVATION, null,
                "Escort fired at a civilian car near Basra", Set.of(30, 31)), media.id()));
        secretariat.call(() -> monitoring.startDialogue(recommended));
        secretariat.call(() -> monitoring.recommend(recommended, "Review the escort's rules for the use of force "
                + "with its team leaders, report the incident to the authorities, and train the escorts in graduated "
                + "warnings within three months."));

        var resolved = secretariat.call(() -> monitoring.openConcern(new OpenConcern(kilimanjaro,
                ConcernCategory.OTHER, ConcernOrigin.COMPLAINT, "complaint about unpaid overtime",
                "Overtime unpaid at a Kampala site", Set.of(64)), null));
        secretariat.call(() -> monitoring.startDialogue(resolved));
        secretariat.call(() -> monitoring.recommend(resolved, "Pay the overtime owed and publish the overtime rules."));
        secretariat.call(() -> monitoring.resolve(resolved, "The company paid the overtime owed to 14 guards and "
                + "showed the payslips."));

        var referred = secretariat.call(() -> monitoring.openConcern(new OpenConcern(sentinel,
                ConcernCategory.MANAGEMENT_AND_GOVERNANCE, ConcernOrigin.SELF_ASSESSMENT,
                "self-assessment of last year, vetting section",
                "Vetting of embarked personnel not documented", Set.of(48, 49)), null));
        secretariat.call(() -> monitoring.startDialogue(referred));
        secretariat.call(() -> monitoring.recommend(referred, "Document the vetting of every embarked guard and "
                + "send the records for the last two rotations."));
        secretariat.call(() -> monitoring.referToBoard(referred, "No records sent three months after the "
                + "recommendations; the company did not answer two reminders."));
    }

    private OrganisationId org(String legalName) {
        return organisations.findByLegalName(legalName).orElseThrow().id();
    }

    private static Acting as(OrganisationId organisation, Set<String> permissions) {
        return new Acting(new DemoActor(new UserId(UUID.randomUUID()), organisation, permissions));
    }

    private record Acting(DemoActor actor) {

        <T> T call(Supplier<T> work) {
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(actor, null,
                    AuthorityUtils.createAuthorityList(actor.permissions().toArray(String[]::new))));
            SecurityContextHolder.setContext(context);
            return work.get();
        }
    }
}
