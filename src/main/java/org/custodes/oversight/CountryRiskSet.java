package org.custodes.oversight;

import org.custodes.shared.AuditableEvent;

/** The secretariat entered or changed a country on the risk list. */
public record CountryRiskSet(String country, String region, int risk, String source) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "country-risk:" + country;
    }
}
