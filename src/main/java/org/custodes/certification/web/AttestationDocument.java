package org.custodes.certification.web;

import java.io.ByteArrayOutputStream;
import java.util.Locale;
import org.custodes.certification.application.CompanyAttestation;
import org.custodes.shared.QrCode;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.context.MessageSource;

/**
 * The PDF attestation of certification: the company, each current certification with its external certificate,
 * and a QR code to the live verification page, so a printed copy can always be checked against the registry.
 */
final class AttestationDocument {

    private AttestationDocument() {
    }

    static byte[] render(CompanyAttestation attestation, String verificationUrl, MessageSource messages, Locale locale) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter.getInstance(document, out);
        document.addTitle(text(messages, locale, "certification.attestation.title"));
        document.open();
        var title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
        var body = FontFactory.getFont(FontFactory.HELVETICA, 11);
        var small = FontFactory.getFont(FontFactory.HELVETICA, 9, Font.ITALIC);
        document.add(new Paragraph(text(messages, locale, "certification.attestation.title"), title));
        document.add(new Paragraph(" "));
        document.add(new Paragraph(messages.getMessage("certification.attestation.statement",
                new Object[] { attestation.companyName(), attestation.issuedOn().toString() }, locale), body));
        document.add(new Paragraph(" "));
        var table = new PdfPTable(6);
        table.setWidthPercentage(100);
        for (var heading : new String[] { "standard", "certificate", "body", "certified-on", "valid-until", "reference" }) {
            table.addCell(new Paragraph(text(messages, locale, "certification.attestation.column." + heading),
                    FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9)));
        }
        var cell = FontFactory.getFont(FontFactory.HELVETICA, 9);
        for (var certification : attestation.certifications()) {
            table.addCell(new Paragraph(certification.standard(), cell));
            table.addCell(new Paragraph(certification.certificateNumber(), cell));
            table.addCell(new Paragraph(certification.certificationBody(), cell));
            table.addCell(new Paragraph(certification.certifiedOn().toString(), cell));
            table.addCell(new Paragraph(certification.validUntil().toString(), cell));
            table.addCell(new Paragraph(certification.decisionReference(), cell));
        }
        document.add(table);
        document.add(new Paragraph(" "));
        Image qr;
        try {
            qr = Image.getInstance(QrCode.png(verificationUrl, 300));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        qr.scaleAbsolute(130, 130);
        qr.setAlignment(Element.ALIGN_LEFT);
        document.add(qr);
        document.add(new Paragraph(messages.getMessage("certification.attestation.verify",
                new Object[] { verificationUrl }, locale), small));
        document.close();
        return out.toByteArray();
    }

    private static String text(MessageSource messages, Locale locale, String key) {
        return messages.getMessage(key, null, locale);
    }
}
