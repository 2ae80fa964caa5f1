package org.custodes.certification.web;

import java.util.UUID;
import org.custodes.certification.CertificateId;
import org.custodes.certification.CertificationService;
import org.custodes.shared.NotFound;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.QrCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public certificate page and the PDF attestation: open to anyone, carrying nothing internal. */
@Controller
class PublicCertificatePageController {

    private final CertificationService certification;
    private final MessageSource messages;
    private final String baseUrl;

    PublicCertificatePageController(CertificationService certification, MessageSource messages,
            @Value("${custodes.base-url}") String baseUrl) {
        this.certification = certification;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    @GetMapping("/certification/certificates/{id}/public")
    @PreAuthorize("permitAll()")
    String certificate(@PathVariable UUID id, Model model) {
        var certificate = certification.publicCertificate(new CertificateId(id))
                .orElseThrow(() -> new NotFound("certificate", id));
        var verification = verificationUrl(certificate.company());
        model.addAttribute("certificate", certificate);
        model.addAttribute("verificationUrl", verification);
        model.addAttribute("qrCode", QrCode.svgDataUri(verification, verification));
        return "certification/public-certificate";
    }

    @GetMapping("/certification/attestations/{company}.pdf")
    @PreAuthorize("permitAll()")
    ResponseEntity<byte[]> attestation(@PathVariable UUID company) {
        var organisation = new OrganisationId(company);
        var attestation = certification.attestationOf(organisation)
                .orElseThrow(() -> new NotFound("attestation", company));
        var pdf = AttestationDocument.render(attestation, verificationUrl(organisation), messages,
                LocaleContextHolder.getLocale());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("attestation-" + company + ".pdf").build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(pdf);
    }

    private String verificationUrl(OrganisationId company) {
        return baseUrl + "/verify/" + company;
    }
}
