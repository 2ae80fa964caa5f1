package org.custodes.oversight;

import java.util.HashMap;
import java.util.Map;

import org.custodes.complaint.ComplaintService;
import org.custodes.monitoring.MonitoringService;
import org.custodes.shared.OrganisationId;
import org.springframework.stereotype.Component;

/**
 * The signals other modules hold as cases, each read for all companies in one facade call: complaints (open, and
 * received within the window; the larger count counts), standing observations within the window, open concerns,
 * and findings on open concerns. Each count reaches full intensity at the configured saturation.
 */
@Component
class CaseSignals implements RiskSignalSource {

    private final ComplaintService complaints;
    private final MonitoringService monitoring;
    private final OversightSettings settings;

    CaseSignals(ComplaintService complaints, MonitoringService monitoring, OversightSettings settings) {
        this.complaints = complaints;
        this.monitoring = monitoring;
        this.settings = settings;
    }

    @Override
    public Map<String, Map<OrganisationId, SignalReading>> read(RankingPopulation population) {
        var since = population.today().minusDays(settings.windowDays());
        var window = Integer.toString(settings.windowDays());
        var saturation = settings.countSaturation();
        var complaintReadings = new HashMap<OrganisationId, SignalReading>();
        complaints.openCountsByCompany(since).forEach((company, counts) -> {
            if (counts.open() + counts.recent() > 0) {
                complaintReadings.put(company, SignalReading.ofCount(Math.max(counts.open(), counts.recent()),
                        saturation, Integer.toString(counts.open()), Integer.toString(counts.recent()), window));
            }
        });
        var observations = new HashMap<OrganisationId, SignalReading>();
        var concerns = new HashMap<OrganisationId, SignalReading>();
        var findings = new HashMap<OrganisationId, SignalReading>();
        monitoring.countsByCompany(since).forEach((company, counts) -> {
            if (counts.standingObservations() > 0) {
                observations.put(company, SignalReading.ofCount(counts.standingObservations(), saturation,
                        Integer.toString(counts.standingObservations()), window));
            }
            if (counts.openConcerns() > 0) {
                concerns.put(company, SignalReading.ofCount(counts.openConcerns(), saturation,
                        Integer.toString(counts.openConcerns())));
            }
            if (counts.openFindings() > 0) {
                findings.put(company, SignalReading.ofCount(counts.openFindings(), saturation,
                        Integer.toString(counts.openFindings())));
            }
        });
        return Map.of("complaints", complaintReadings, "observations", observations, "concerns", concerns,
                "findings", findings);
    }
}
