package org.custodes.oversight;

import java.util.List;
import java.util.Map;

import org.custodes.organisation.SecurityService;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The ranking's rules ({@code custodes.oversight.*}); no public rule exists, so every default is stated here. Weights
 * (points a signal adds at full intensity): country 20, services 10, complaints 20, observations 15, concerns 15,
 * findings 10, self-assessment 10, certification 10; a signal missing from {@code weights} keeps its default, and a
 * weight of 0 switches it off. A count reaches full intensity at {@code countSaturation} (3). Complaints and
 * observations count over the last {@code windowDays} (365). The higher-risk services default to maritime security,
 * convoy and escort, and close protection: the organisation's controlled list of services has no "armed guarding"
 * or "detention", so those cannot be read. A self-assessment is late when the latest accepted one is older than
 * {@code selfAssessmentLagYears} (1) years before the current year.
 */
@ConfigurationProperties("custodes.oversight")
record OversightSettings(@Nullable Map<String, Double> weights, @DefaultValue("3") int countSaturation,
        @DefaultValue("365") int windowDays, @Nullable List<SecurityService> higherRiskServices,
        @DefaultValue("1") int selfAssessmentLagYears) {

    static final Map<String, Double> DEFAULT_WEIGHTS = Map.of("country", 20.0, "services", 10.0, "complaints", 20.0,
            "observations", 15.0, "concerns", 15.0, "findings", 10.0, "self-assessment", 10.0, "certification", 10.0);

    OversightSettings {
        var merged = new java.util.HashMap<>(DEFAULT_WEIGHTS);
        if (weights != null) {
            merged.putAll(weights);
        }
        if (merged.values().stream().anyMatch(weight -> weight < 0)) {
            throw new IllegalArgumentException("custodes.oversight.weights: a weight cannot be negative");
        }
        weights = Map.copyOf(merged);
        if (higherRiskServices == null || higherRiskServices.isEmpty()) {
            higherRiskServices = List.of(SecurityService.MARITIME_SECURITY, SecurityService.CONVOY_AND_ESCORT,
                    SecurityService.CLOSE_PROTECTION);
        }
        if (countSaturation < 1 || windowDays < 1 || selfAssessmentLagYears < 0) {
            throw new IllegalArgumentException("custodes.oversight: saturation and window must be positive");
        }
    }

    static OversightSettings defaults() {
        return new OversightSettings(null, 3, 365, null, 1);
    }
}
