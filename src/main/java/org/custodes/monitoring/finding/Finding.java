package org.custodes.monitoring.finding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.custodes.monitoring.ConcernId;
import org.custodes.monitoring.FindingId;
import org.custodes.monitoring.MonitoringRefused;
import org.custodes.monitoring.concern.Concern;
import org.custodes.shared.Aggregate;
import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * A finding recorded on a concern that is still open: one Code paragraph, a severity, what was found and the
 * evidence it rests on. The company answers once: it acknowledges the finding, or disputes it with its reasons.
 */
public class Finding extends Aggregate {

    private final UUID id;
    private final String reference;
    private final ConcernId concern;
    private final OrganisationId company;
    private final int codeParagraph;
    private final FindingSeverity severity;
    private final String statement;
    private final String evidence;
    private final LocalDate recordedOn;
    private FindingResponse response;
    private @Nullable String responseReasons;
    private @Nullable LocalDate respondedOn;

    Finding(UUID id, String reference, ConcernId concern, OrganisationId company, int codeParagraph,
            FindingSeverity severity, String statement, String evidence, LocalDate recordedOn,
            FindingResponse response, @Nullable String responseReasons, @Nullable LocalDate respondedOn, long version) {
        super(version);
        this.id = id;
        this.reference = reference;
        this.concern = concern;
        this.company = company;
        this.codeParagraph = codeParagraph;
        this.severity = severity;
        this.statement = statement;
        this.evidence = evidence;
        this.recordedOn = recordedOn;
        this.response = response;
        this.responseReasons = responseReasons;
        this.respondedOn = respondedOn;
    }

    public static Finding record(String reference, Concern concern, RecordFinding command, Clock clock) {
        if (concern.stage().closed()) {
            throw new MonitoringRefused("monitoring.concern.closed");
        }
        MonitoringRefused.checkParagraphs(Set.of(command.codeParagraph()));
        if (command.statement().isBlank()) {
            throw new MonitoringRefused("monitoring.finding.statement-required");
        }
        if (command.evidence().isBlank()) {
            throw new MonitoringRefused("monitoring.finding.evidence-required");
        }
        var today = LocalDate.now(clock);
        var finding = new Finding(UUID.randomUUID(), reference, concern.id(), concern.company(),
                command.codeParagraph(), command.severity(), command.statement().strip(), command.evidence().strip(),
                today, FindingResponse.AWAITING, null, null, 0);
        finding.register(new FindingRecorded(finding.id(), reference, concern.id(), concern.company(),
                command.codeParagraph(), command.severity(), today));
        return finding;
    }

    /** The company's answer, once; disputing needs the reasons. */
    public void answer(FindingResponse answer, @Nullable String reasons, Clock clock) {
        if (response != FindingResponse.AWAITING) {
            throw new MonitoringRefused("monitoring.finding.already-answered");
        }
        if (answer == FindingResponse.AWAITING) {
            throw new MonitoringRefused("monitoring.finding.answer-required");
        }
        if (answer == FindingResponse.DISPUTED && (reasons == null || reasons.isBlank())) {
            throw new MonitoringRefused("monitoring.finding.reasons-required");
        }
        response = answer;
        responseReasons = reasons == null || reasons.isBlank() ? null : reasons.strip();
        respondedOn = LocalDate.now(clock);
        register(new FindingAnswered(id(), reference, company, answer, respondedOn));
    }

    public FindingDetails details() {
        return new FindingDetails(id(), reference, codeParagraph, severity, statement, evidence, recordedOn, response,
                responseReasons, respondedOn);
    }

    public FindingId id() {
        return new FindingId(id);
    }

    String reference() {
        return reference;
    }

    public ConcernId concern() {
        return concern;
    }

    public OrganisationId company() {
        return company;
    }

    public int codeParagraph() {
        return codeParagraph;
    }

    FindingSeverity severity() {
        return severity;
    }

    String statement() {
        return statement;
    }

    String evidence() {
        return evidence;
    }

    LocalDate recordedOn() {
        return recordedOn;
    }

    FindingResponse response() {
        return response;
    }

    @Nullable String responseReasons() {
        return responseReasons;
    }

    @Nullable LocalDate respondedOn() {
        return respondedOn;
    }
}
