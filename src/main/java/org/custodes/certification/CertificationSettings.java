package org.custodes.certification;

import java.time.Period;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The certification policy, configurable because the sources do not fix it: how long a withdrawn body's
 * certificates stay valid, how late a surveillance audit may be before the certification lapses, when expiry
 * warnings go out, and where the secretariat receives them.
 */
@ConfigurationProperties("custodes.certification")
public record CertificationSettings(Period withdrawalGrace, Period surveillanceTolerance, List<Integer> warningDays,
        String secretariatEmail) {

    public CertificationSettings {
        withdrawalGrace = withdrawalGrace == null ? Period.ofMonths(3) : withdrawalGrace;
        surveillanceTolerance = surveillanceTolerance == null ? Period.ofMonths(3) : surveillanceTolerance;
        warningDays = warningDays == null || warningDays.isEmpty() ? List.of(90, 60, 30)
                : warningDays.stream().sorted(java.util.Comparator.reverseOrder()).toList();
        secretariatEmail = secretariatEmail == null || secretariatEmail.isBlank() ? "certification@custodes.local"
                : secretariatEmail;
    }

    static CertificationSettings defaults() {
        return new CertificationSettings(null, null, null, null);
    }
}
