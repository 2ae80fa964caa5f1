package org.custodes.demo;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.custodes.organisation.OrganisationKind;
import org.custodes.organisation.RegisterOrganisation;
import org.custodes.organisation.SecurityService;
import org.custodes.shared.CountryCode;

/** The fictional organisations of the demo. Any likeness to a real company is unintended. */
final class DemoOrganisations {

    static final String OVERSIGHT_BODY = "Custodes Oversight Association";

    private DemoOrganisations() {
    }

    static List<RegisterOrganisation> all() {
        return List.of(
                org(OrganisationKind.OVERSIGHT_BODY, OVERSIGHT_BODY, "Secretariat", "CH", "CH"),
                company("Aegis Shield Security Ltd", "Aegis Shield", "GB", "GB,IQ,KE",
                        SecurityService.STATIC_GUARDING, SecurityService.CLOSE_PROTECTION),
                company("Sentinel Maritime Services S.A.", "Sentinel Maritime", "GR", "GR,DJ,OM",
                        SecurityService.MARITIME_SECURITY, SecurityService.TRAINING),
                company("Atlas Protection SARL", "Atlas Protection", "FR", "FR,ML,SN,CI",
                        SecurityService.STATIC_GUARDING, SecurityService.RISK_CONSULTING),
                company("Kilimanjaro Guarding Company Ltd", "Kilimanjaro Guarding", "KE", "KE,UG,TZ",
                        SecurityService.STATIC_GUARDING, SecurityService.DOG_HANDLING, SecurityService.CASH_IN_TRANSIT),
                company("Andes Seguridad Integral S.A.S.", "Andes Seguridad", "CO", "CO,PE,EC",
                        SecurityService.CONVOY_AND_ESCORT, SecurityService.STATIC_GUARDING),
                company("Al-Noor Security Services LLC", "Al-Noor Security", "AE", "AE,IQ,SO",
                        SecurityService.CLOSE_PROTECTION, SecurityService.CONVOY_AND_ESCORT, SecurityService.TRAINING),
                org(OrganisationKind.STATE, "Government of the Swiss Confederation", "Switzerland", "CH", "CH"),
                org(OrganisationKind.STATE, "Government of Sierra Leone", "Sierra Leone", "SL", "SL"),
                org(OrganisationKind.CIVIL_SOCIETY, "Human Rights Watchpost Kenya", "HR Watchpost", "KE", "KE,UG"),
                org(OrganisationKind.CIVIL_SOCIETY, "Colectivo por los Derechos Humanos", "Colectivo DDHH", "CO", "CO"),
                org(OrganisationKind.CIVIL_SOCIETY, "Observatoire des Droits au Sahel", "ODS", "ML", "ML,NE,BF"),
                org(OrganisationKind.OBSERVER, "Geneva Institute for Security Studies", "GISS", "CH", "CH"),
                org(OrganisationKind.CERTIFICATION_BODY, "Meridian Certification Services", "Meridian Cert", "GB", "GB"),
                org(OrganisationKind.CERTIFICATION_BODY, "Nordic Assurance Register", "Nordic Assurance", "NO", "NO"),
                org(OrganisationKind.CLIENT, "Global Extractives plc", "Global Extractives", "GB", "GB,KE,CO"),
                org(OrganisationKind.CLIENT, "United Relief Agency", "URA", "CH", "CH,ML,SO"));
    }

    private static RegisterOrganisation company(String legalName, String shortName, String country, String operations,
            SecurityService... services) {
        return new RegisterOrganisation(OrganisationKind.COMPANY, legalName, shortName, new CountryCode(country),
                countries(operations), Set.of(services), "https://" + shortName.toLowerCase().replaceAll("[^a-z]", "") + ".example");
    }

    private static RegisterOrganisation org(OrganisationKind kind, String legalName, String shortName, String country,
            String operations) {
        return new RegisterOrganisation(kind, legalName, shortName, new CountryCode(country), countries(operations),
                Set.of(), null);
    }

    private static Set<CountryCode> countries(String list) {
        return Arrays.stream(list.split(",")).map(CountryCode::new).collect(Collectors.toSet());
    }
}
