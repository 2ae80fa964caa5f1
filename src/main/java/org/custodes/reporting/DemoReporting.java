package org.custodes.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.custodes.framework.AnswerType;
import org.custodes.framework.FrameworkService;
import org.custodes.framework.Indicator;
import org.custodes.organisation.OrganisationService;
import org.custodes.reporting.campaign.OpenCampaign;
import org.custodes.reporting.questionnaire.QuestionnaireSpreadsheet;
import org.custodes.shared.Actor;
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

/**
 * Demo campaigns, once, when none exists: last year's for two demo companies (both filled offline and submitted,
 * one accepted) so that this year's reports can start from last year's answers, and this year's for every company,
 * open now. Runs when the application is ready, after the demo organisations and the demo library exist.
 */
@Component
@ConditionalOnProperty(name = "custodes.demo.enabled", havingValue = "true")
class DemoReporting {

    static final List<String> LAST_YEAR = List.of("Aegis Shield Security Ltd", "Al-Noor Security Services LLC");
    private static final Logger log = LoggerFactory.getLogger(DemoReporting.class);
    private static final byte[] PDF = "%PDF-1.4\n% Custodes demo evidence\n".getBytes(StandardCharsets.US_ASCII);

    private final ReportingService reporting;
    private final FrameworkService framework;
    private final OrganisationService organisations;
    private final Clock clock;

    DemoReporting(ReportingService reporting, FrameworkService framework, OrganisationService organisations, Clock clock) {
        this.reporting = reporting;
        this.framework = framework;
        this.organisations = organisations;
        this.clock = clock;
    }

    private record Person(UserId userId, OrganisationId organisationId, Set<String> permissions) implements Actor {

        @Override
        public boolean can(String permission) {
            return permissions.contains(permission);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(40) // after the membership, certification and complaint demo loaders
    void load() {
        var secretariat = new Person(new UserId(UUID.randomUUID()), new OrganisationId(UUID.randomUUID()),
                Set.of("reporting:manage", "reporting:read", "reporting:review", "organisation:read"));
        var started = as(secretariat, () -> {
            if (!reporting.campaigns().isEmpty() || framework.latestLibrary().isEmpty()) {
                return null;
            }
            var companies = LAST_YEAR.stream().map(organisations::findByLegalName)
                    .flatMap(java.util.Optional::stream).map(o -> o.id()).toList();
            if (companies.size() < LAST_YEAR.size()) {
                return null;
            }
            var year = LocalDate.now(clock).getYear();
            var last = reporting.openCampaign(new OpenCampaign(year - 1, "Company self-assessment " + (year - 1),
                    LocalDate.of(year - 1, 7, 1), LocalDate.of(year - 1, 9, 23), 14, null, Set.copyOf(companies)));
            var today = LocalDate.now(clock);
            reporting.openCampaign(new OpenCampaign(year, "Company self-assessment " + year, today.minusDays(14),
                    today.plusDays(60), 14, null, Set.of()));
            return reporting.campaignStatus(last).participants();
        });
        if (started == null) {
            return;
        }
        for (var participant : started) {
            var company = new Person(new UserId(UUID.randomUUID()), participant.company(), Set.of("reporting:fill"));
            as(company, () -> {
                var details = reporting.report(participant.report());
                reporting.uploadSpreadsheet(participant.report(), answers(details, participant.companyName().length()));
                details.sections().stream().flatMap(s -> s.items().stream())
                        .filter(i -> i.indicator().answerType() == AnswerType.EVIDENCE_FILE)
                        .forEach(i -> reporting.attachEvidence(participant.report(), i.code(), "policy-" + i.code() + ".pdf", PDF));
                return reporting.submit(participant.report());
            });
        }
        as(secretariat, () -> {
            reporting.accept(started.getFirst().report(), true);
            return null;
        });
        log.info("Demo self-assessment campaigns loaded: last year's submitted by {} companies, this year's open", started.size());
    }

    /** A filled questionnaire: varied but plausible answers, every condition met so every item applies. */
    private static byte[] answers(ReportDetails details, int seed) {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var answers = workbook.createSheet(QuestionnaireSpreadsheet.ANSWERS);
            var tables = workbook.createSheet(QuestionnaireSpreadsheet.TABLES);
            int a = 1, t = 1, n = seed;
            for (var item : details.sections().stream().flatMap(s -> s.items().stream()).toList()) {
                var indicator = item.indicator();
                n++;
                if (indicator.answerType() == AnswerType.TABLE) {
                    for (var cell : List.of(List.of("country", "Kenya"), List.of("personnel", String.valueOf(20 + n % 80)),
                            List.of("checked_on", details.report().year() + "-03-1" + n % 10), List.of("compliant", "YES"))) {
                        if (indicator.columns().stream().anyMatch(c -> c.code().equals(cell.get(0)))) {
                            row(tables, t++, indicator.code(), "1", cell.get(0), cell.get(1));
                        }
                    }
                    continue;
                }
                var value = value(indicator, n, details.report().year());
                if (value != null) {
                    row(answers, a++, indicator.code(), "", "", "", "", "", value);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String value(Indicator indicator, int n, int year) {
        return switch (indicator.answerType()) {
            case YES_NO -> "YES";
            case YES_PARTLY_NO_NA -> n % 3 == 0 ? "PARTLY" : "YES";
            case SINGLE_CHOICE -> indicator.choices().get(n % 2).code();
            case MULTIPLE_CHOICE -> indicator.choices().get(0).code() + ";" + indicator.choices().get(1 + n % (indicator.choices().size() - 1)).code();
            case WHOLE_NUMBER -> String.valueOf(Math.max(indicator.min() == null ? 0 : indicator.min(), n % 4));
            case PERCENTAGE -> String.valueOf(55 + n * 7 % 46);
            case DATE -> year + "-0" + (1 + n % 9) + "-15";
            case SHORT_TEXT -> "Head of compliance";
            case LONG_TEXT -> "[Demo] Planned: refresher training and an internal audit of this section.";
            default -> null;
        };
    }

    private static void row(org.apache.poi.ss.usermodel.Sheet sheet, int index, String... values) {
        var row = sheet.createRow(index);
        for (var i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }

    private static <T> T as(Person person, java.util.function.Supplier<T> work) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(person, null,
                AuthorityUtils.createAuthorityList(person.permissions().toArray(String[]::new))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

}
