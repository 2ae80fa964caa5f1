package org.custodes.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.custodes.framework.AnswerType;
import org.custodes.framework.CodeParagraph;
import org.custodes.framework.CodeSection;
import org.custodes.framework.FrameworkService;
import org.custodes.framework.IndicatorLibrary;
import org.custodes.organisation.OrganisationKind;
import org.custodes.organisation.OrganisationService;
import org.custodes.organisation.OrganisationSummary;
import org.custodes.reporting.analytics.Analytics;
import org.custodes.reporting.analytics.CampaignAnalytics;
import org.custodes.reporting.analytics.CodeSectionFeedback;
import org.custodes.reporting.analytics.Feedback;
import org.custodes.reporting.analytics.PeerComparison;
import org.custodes.reporting.analytics.Scoring;
import org.custodes.reporting.campaign.CampaignCalendar;
import org.custodes.reporting.campaign.CampaignOpened;
import org.custodes.reporting.campaign.CampaignPhase;
import org.custodes.reporting.campaign.CampaignSummary;
import org.custodes.reporting.campaign.Campaigns;
import org.custodes.reporting.campaign.OpenCampaign;
import org.custodes.reporting.campaign.ParticipantStatus;
import org.custodes.reporting.evidence.EvidenceDownload;
import org.custodes.reporting.evidence.EvidenceInspector;
import org.custodes.reporting.questionnaire.AnswerInput;
import org.custodes.reporting.questionnaire.AnswerRefused;
import org.custodes.reporting.questionnaire.AnswerRules;
import org.custodes.reporting.questionnaire.ItemView;
import org.custodes.reporting.questionnaire.Questionnaire;
import org.custodes.reporting.questionnaire.QuestionnaireSpreadsheet;
import org.custodes.reporting.report.ReportMail;
import org.custodes.reporting.report.ReportViews;
import org.custodes.reporting.report.Reports;
import org.custodes.shared.Actor;
import org.custodes.shared.Language;
import org.custodes.shared.NotFound;
import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The self-assessment: the only way in for pages, the API and the demo. */
@Service
@Transactional
public class ReportingService {

    /** Below this many companies a peer average is withheld from companies. */
    static final int MINIMUM_PEERS = 5;

    private final Campaigns campaigns;
    private final Reports reports;
    private final FrameworkService framework;
    private final OrganisationService organisations;
    private final ReportMail mail;
    private final Analytics analytics;
    private final ReportingObligation obligation;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReportingService(Campaigns campaigns, Reports reports, FrameworkService framework, OrganisationService organisations,
            ReportMail mail, Analytics analytics, ReportingObligation obligation, ApplicationEventPublisher events,
            Clock clock) {
        this.campaigns = campaigns;
        this.reports = reports;
        this.framework = framework;
        this.organisations = organisations;
        this.mail = mail;
        this.analytics = analytics;
        this.obligation = obligation;
        this.events = events;
        this.clock = clock;
    }

    // Campaigns

    @PreAuthorize("hasAuthority('reporting:manage')")
    public CampaignId openCampaign(OpenCampaign command) {
        if (command.title().isBlank() || command.title().length() > 200) {
            throw new ReportRefused("reporting.campaign.title.invalid");
        }
        if (command.year() < 2000 || command.year() > 9999) {
            throw new ReportRefused("reporting.campaign.year.invalid");
        }
        new CampaignCalendar(command.opensOn(), command.deadline(), command.graceDays());
        var library = command.library() != null ? command.library()
                : framework.latestLibrary().orElseThrow(() -> new ReportRefused("reporting.campaign.no-library")).id();
        framework.library(library);
        var companies = command.companies().isEmpty() ? allCompanies() : chosen(command.companies());
        if (companies.isEmpty()) {
            throw new ReportRefused("reporting.campaign.no-companies");
        }
        var id = new CampaignId(UUID.randomUUID());
        campaigns.insert(id.value(), command, library, clock.instant(), ReportAccess.userOrNull());
        companies.forEach(company -> reports.insert(company.id(), UUID.randomUUID(), id, company.legalName()));
        events.publishEvent(new CampaignOpened(id, command.year(), command.opensOn(), command.deadline(), library,
                companies.size()));
        return id;
    }

    /** Every company obliged to report (members and affiliates), in name order for the campaign's list. */
    private List<OrganisationSummary> allCompanies() {
        return obligation.companiesObligedToReport().stream().map(organisations::find).flatMap(Optional::stream)
                .sorted(Comparator.comparing(OrganisationSummary::legalName)).toList();
    }

    private List<OrganisationSummary> chosen(Set<OrganisationId> ids) {
        return ids.stream().map(id -> organisations.find(id)
                .filter(organisation -> organisation.kind() == OrganisationKind.COMPANY)
                .orElseThrow(() -> new ReportRefused("reporting.campaign.not-a-company", id))).toList();
    }

    @PreAuthorize("hasAnyAuthority('reporting:read', 'reporting:review', 'reporting:manage')")
    @Transactional(readOnly = true)
    public List<CampaignSummary> campaigns() {
        var today = LocalDate.now(clock);
        return campaigns.all().stream().map(row -> row.summary(today)).toList();
    }

    @PreAuthorize("hasAnyAuthority('reporting:read', 'reporting:review', 'reporting:manage')")
    @Transactional(readOnly = true)
    public CampaignStatus campaignStatus(CampaignId id) {
        var campaign = campaign(id);
        var participants = reports.ofCampaign(id).stream().map(r -> new ParticipantStatus(r.company(), r.companyName(),
                r.id(), r.status(), r.late(), r.submittedOn(), r.flaggedNotSubmittedOn())).toList();
        return new CampaignStatus(campaign.summary(LocalDate.now(clock)), participants);
    }

    @PreAuthorize("hasAnyAuthority('reporting:read', 'reporting:review')")
    @Transactional(readOnly = true)
    public CampaignAnalytics analytics(CampaignId id) {
        var campaign = campaign(id);
        return analytics.of(campaign.summary(LocalDate.now(clock)), framework.library(campaign.library()));
    }

    // A company's reports

    @PreAuthorize("hasAuthority('reporting:fill')")
    @Transactional(readOnly = true)
    public List<ReportSummary> myReports() {
        var company = Actor.current().map(Actor::organisationId).orElseThrow(() -> new NotFound("organisation", "mine"));
        return reports.ofCompany(company).stream().map(this::summary).toList();
    }

    @PreAuthorize("hasAnyAuthority('reporting:fill', 'reporting:review', 'reporting:read')")
    @Transactional(readOnly = true)
    public ReportDetails report(ReportId id) {
        return details(ReportAccess.toView(reports.find(id)));
    }

    @PreAuthorize("hasAuthority('reporting:fill')")
    public ItemView saveAnswer(ReportId id, String indicatorCode, AnswerInput input) {
        var report = ReportAccess.toFill(reports.lock(id));
        var library = libraryOf(report);
        var indicator = library.indicator(indicatorCode).orElseThrow(() -> new NotFound("indicator", indicatorCode));
        checkOpen(report);
        reports.report(report).checkEditable(indicatorCode);
        reports.saveAnswer(report.company(), id, indicatorCode, AnswerRules.normalise(indicator, input), clock.instant(),
                ReportAccess.userOrNull());
        return details(report).item(indicatorCode).orElseThrow();
    }

    @PreAuthorize("hasAuthority('reporting:fill')")
    public EvidenceId attachEvidence(ReportId id, String indicatorCode, String filename, byte[] content) {
        var report = ReportAccess.toFill(reports.lock(id));
        libraryOf(report).indicator(indicatorCode).orElseThrow(() -> new NotFound("indicator", indicatorCode));
        checkOpen(report);
        reports.report(report).checkEditable(indicatorCode);
        if (content.length == 0 || content.length > EvidenceInspector.MAX_BYTES) {
            throw new AnswerRefused(indicatorCode, "reporting.evidence.size.invalid");
        }
        var kind = EvidenceInspector.kind(content)
                .orElseThrow(() -> new AnswerRefused(indicatorCode, "reporting.evidence.type"));
        var evidence = UUID.randomUUID();
        reports.insertEvidence(report.company(), evidence, id, indicatorCode, EvidenceInspector.safeName(filename, kind),
                kind.mediaType(), content, clock.instant(), ReportAccess.userOrNull());
        return new EvidenceId(evidence);
    }

    @PreAuthorize("hasAuthority('reporting:fill')")
    public void removeEvidence(ReportId id, EvidenceId evidence) {
        var report = ReportAccess.toFill(reports.lock(id));
        var file = reports.evidenceFile(evidence).filter(f -> f.report().equals(id))
                .orElseThrow(() -> new NotFound("evidence", evidence));
        checkOpen(report);
        reports.report(report).checkEditable(file.indicatorCode());
        reports.deleteEvidence(report.company(), evidence);
    }

    /** A file for the company that gave it and for reviewers; anyone else is told it does not exist. */
    @PreAuthorize("hasAnyAuthority('reporting:fill', 'reporting:review')")
    @Transactional(readOnly = true)
    public EvidenceDownload evidence(EvidenceId id) {
        var file = reports.evidenceFile(id).filter(ReportAccess::mayDownload).orElseThrow(() -> new NotFound("evidence", id));
        return new EvidenceDownload(file.filename(), file.mediaType(), reports.evidenceContent(file.company(), id));
    }

    /** Copies last year's answers into items not yet answered that still exist and may be changed; returns how many. */
    @PreAuthorize("hasAuthority('reporting:fill')")
    public int carryOver(ReportId id) {
        var report = ReportAccess.toFill(reports.lock(id));
        checkOpen(report);
        var campaign = campaign(report.campaign());
        var previous = reports.previous(report.company(), campaign.year())
                .orElseThrow(() -> new ReportRefused("reporting.carry-over.none"));
        var library = libraryOf(report);
        var current = reports.answers(report.company(), id);
        var decisions = reports.report(report);
        var copied = 0;
        for (var entry : reports.answers(previous.company(), previous.id()).entrySet()) {
            var indicator = library.indicator(entry.getKey()).orElse(null);
            if (indicator == null || current.containsKey(entry.getKey())
                    || !decisions.editable(entry.getKey())
                    || AnswerRules.recheck(indicator, entry.getValue()) != null) {
                continue;
            }
            reports.saveAnswer(report.company(), id, entry.getKey(), entry.getValue(), clock.instant(), ReportAccess.userOrNull());
            copied++;
        }
        return copied;
    }

    @PreAuthorize("hasAuthority('reporting:fill')")
    @Transactional(readOnly = true)
    public byte[] questionnaireSpreadsheet(ReportId id, Language language) {
        var details = details(ReportAccess.toFill(reports.find(id)));
        return QuestionnaireSpreadsheet.write(details, language);
    }

    /**
     * Saves the answers of a questionnaire filled offline. Every cell is checked first; with any problem nothing is
     * saved and {@link SpreadsheetRefused} lists each as sheet, cell and message. Returns how many answers changed.
     */
    @PreAuthorize("hasAuthority('reporting:fill')")
    public int uploadSpreadsheet(ReportId id, byte[] content) {
        var report = ReportAccess.toFill(reports.lock(id));
        checkOpen(report);
        var details = details(report);
        var changes = QuestionnaireSpreadsheet.read(content, details);
        changes.forEach((code, value) -> reports.saveAnswer(report.company(), id, code, value, clock.instant(),
                ReportAccess.userOrNull()));
        return changes.size();
    }

    @PreAuthorize("hasAuthority('reporting:fill')")
    public ReportSummary submit(ReportId id) {
        var row = ReportAccess.toFill(reports.lock(id));
        var report = reports.report(row);
        checkOpen(row);
        var questionnaire = questionnaire(row);
        var campaign = campaign(row.campaign());
        var today = LocalDate.now(clock);
        report.submit(questionnaire.problems(), campaign.year(), campaign.calendar().late(today), today);
        reports.save(report);
        reports.resolveReopened(row.company(), id, clock.instant());
        reports.saveScores(row, Scoring.bySection(questionnaire));
        return summary(reports.find(id).orElseThrow());
    }

    // Review

    @PreAuthorize("hasAuthority('reporting:review')")
    public void comment(ReportId id, String indicatorCode, String body) {
        var report = ReportAccess.toReview(reports.find(id));
        libraryOf(report).indicator(indicatorCode).orElseThrow(() -> new NotFound("indicator", indicatorCode));
        var text = body.strip();
        if (text.isEmpty() || text.length() > 4000) {
            throw new AnswerRefused(indicatorCode, "reporting.review.comment.invalid");
        }
        reports.insertComment(report.company(), id, indicatorCode, text, clock.instant(), ReportAccess.userOrNull());
    }

    /** Reopens only the chosen items; the rest of the report stays locked. */
    @PreAuthorize("hasAuthority('reporting:review')")
    public void requestClarification(ReportId id, Set<String> indicatorCodes, @Nullable String note) {
        var row = ReportAccess.toReview(reports.lock(id));
        var report = reports.report(row);
        var library = libraryOf(row);
        var codes = new LinkedHashSet<String>();
        library.indicators().stream().map(i -> i.code()).filter(indicatorCodes::contains).forEach(codes::add);
        if (codes.size() != indicatorCodes.size()) {
            throw new ReportRefused("reporting.review.unknown-items");
        }
        var text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > 4000) {
            throw new ReportRefused("reporting.review.comment.invalid");
        }
        report.requestClarification(codes, LocalDate.now(clock));
        reports.reopen(row.company(), id, codes, text, clock.instant());
        reports.save(report);
        mail.clarificationRequested(row, campaign(row.campaign()).year(), codes.size());
    }

    @PreAuthorize("hasAuthority('reporting:review')")
    public void accept(ReportId id, boolean satisfactory) {
        var row = ReportAccess.toReview(reports.lock(id));
        var report = reports.report(row);
        report.accept(satisfactory, campaign(row.campaign()).year(), LocalDate.now(clock));
        reports.save(report);
    }

    /**
     * Scores by Code section with strengths and gaps, and each questionnaire section against the campaign's peers.
     * Companies see it once their report is accepted; reviewers and readers once it is submitted.
     */
    @PreAuthorize("hasAnyAuthority('reporting:fill', 'reporting:review', 'reporting:read')")
    @Transactional(readOnly = true)
    public Feedback feedback(ReportId id) {
        var report = ReportAccess.toView(reports.find(id));
        var company = !ReportAccess.holds(ReportAccess.REVIEW) && !ReportAccess.holds(ReportAccess.READ);
        if (company ? report.status() != ReportStatus.ACCEPTED : report.status() == ReportStatus.DRAFT) {
            throw new ReportRefused("reporting.feedback.not-yet");
        }
        var questionnaire = questionnaire(report);
        var library = questionnaire.library();
        var code = framework.findCodeVersion(library.summary().codeVersion()).orElseThrow();
        var letterOf = new HashMap<Integer, String>();
        var titleOf = new HashMap<String, String>();
        for (CodeSection section : code.sections()) {
            titleOf.put(section.letter(), section.title());
            for (CodeParagraph paragraph : section.paragraphs()) {
                letterOf.put(paragraph.number(), section.letter());
            }
        }
        var byCode = Scoring.byCodeSection(questionnaire, letterOf::get);
        var codeSections = new ArrayList<CodeSectionFeedback>();
        byCode.forEach((letter, score) -> {
            var inSection = library.indicators().stream()
                    .filter(i -> i.paragraphs().stream().anyMatch(p -> letter.equals(letterOf.get(p)))).toList();
            var strengths = inSection.stream().filter(i -> Scoring.item(questionnaire, i).orElse(-1) >= 1.0).toList();
            var gaps = inSection.stream().filter(i -> {
                var s = Scoring.item(questionnaire, i);
                return s.isPresent() && s.getAsDouble() < 0.5;
            }).toList();
            codeSections.add(new CodeSectionFeedback(letter, titleOf.getOrDefault(letter, letter), score, strengths, gaps));
        });
        var own = Scoring.bySection(questionnaire);
        var peerScores = analytics.sectionAverages(report.campaign());
        var peers = library.sections().stream().map(section -> {
            var group = peerScores.get(section.code());
            var suppressed = group == null || group.companies() < MINIMUM_PEERS;
            return new PeerComparison(section, own.get(section.code()), suppressed ? null : group.average(), suppressed);
        }).toList();
        return new Feedback(summary(report), Scoring.overall(questionnaire), codeSections, peers, MINIMUM_PEERS);
    }

    // Helpers

    private ReportDetails details(Reports.Row report) {
        var campaign = campaign(report.campaign());
        var previous = reports.previous(report.company(), campaign.year()).orElse(null);
        Map<String, String> lastYear = null;
        Integer lastYearNumber = null;
        if (previous != null) {
            lastYear = reports.answers(previous.company(), previous.id());
            lastYearNumber = campaign(previous.campaign()).year();
        }
        var fillable = ReportAccess.owns(report);
        return ReportViews.details(new ReportViews.Inputs(summary(report), questionnaire(report),
                reports.reopened(report.company(), report.id()), reports.evidence(report.company(), report.id()),
                reports.comments(report.company(), report.id()), lastYear, lastYearNumber, fillable,
                ReportAccess.holds(ReportAccess.REVIEW)));
    }

    private Questionnaire questionnaire(Reports.Row report) {
        return new Questionnaire(libraryOf(report), reports.answers(report.company(), report.id()),
                reports.evidenceCounts(report.company(), report.id()));
    }

    private IndicatorLibrary libraryOf(Reports.Row report) {
        return framework.library(campaign(report.campaign()).library());
    }

    private Campaigns.Row campaign(CampaignId id) {
        return campaigns.find(id).orElseThrow(() -> new NotFound("campaign", id));
    }

    private void checkOpen(Reports.Row report) {
        if (campaign(report.campaign()).calendar().phase(LocalDate.now(clock)) == CampaignPhase.SCHEDULED) {
            throw new ReportRefused("reporting.campaign.not-open");
        }
    }

    private ReportSummary summary(Reports.Row report) {
        var campaign = campaign(report.campaign());
        return new ReportSummary(report.id(), report.campaign(), campaign.year(), campaign.title(), report.company(),
                report.companyName(), report.status(), campaign.opensOn(), campaign.deadline(), report.late(),
                report.submittedOn(), report.satisfactory());
    }

    /** Which answer types the analytics count by answer. */
    static boolean counted(AnswerType type) {
        return type.canBeTested();
    }

    public static Map<String, Integer> ordered(Map<String, Integer> counts, List<String> order) {
        var sorted = new LinkedHashMap<String, Integer>();
        order.forEach(key -> sorted.put(key, counts.getOrDefault(key, 0)));
        return sorted;
    }
}
