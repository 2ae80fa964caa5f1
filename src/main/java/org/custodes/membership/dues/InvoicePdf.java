package org.custodes.membership.dues;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes an invoice as a one-page PDF in the reader's language. The built-in PDF fonts carry Latin scripts only, so
 * an Arabic reader gets the English text until an Arabic font is bundled.
 */
@Component
public class InvoicePdf {

    private final MessageSource messages;

    InvoicePdf(MessageSource messages) {
        this.messages = messages;
    }

    public byte[] render(InvoiceSummary invoice, Locale requested) {
        var locale = "ar".equals(requested.getLanguage()) ? Locale.ENGLISH : requested;
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter.getInstance(document, out);
        document.addTitle(invoice.number());
        document.open();
        document.add(new Paragraph(text("membership.invoice.pdf.title", locale, invoice.number()),
                FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18)));
        document.add(new Paragraph(text("membership.invoice.pdf.issuer", locale),
                FontFactory.getFont(FontFactory.HELVETICA, 10, Font.ITALIC)));
        document.add(new Paragraph(" "));
        var table = new PdfPTable(2);
        table.setWidthPercentage(100);
        row(table, text("membership.invoice.billed-to", locale), invoice.organisationName());
        row(table, text("membership.invoice.kind", locale), text("membership.invoice.kind." + invoice.kind(), locale)
                + (invoice.revenueBand() == null ? "" : " (" + invoice.revenueBand() + ")"));
        row(table, text("membership.invoice.year", locale), Integer.toString(invoice.year()));
        row(table, text("membership.invoice.issued-on", locale), invoice.issuedOn().toString());
        row(table, text("membership.invoice.due-on", locale), invoice.dueOn().toString());
        row(table, text("membership.invoice.amount", locale), invoice.amount().toPlainString() + " " + invoice.currency());
        row(table, text("membership.field.status", locale), text("membership.invoice.status." + invoice.status(), locale)
                + (invoice.paidOn() == null ? "" : " " + invoice.paidOn()));
        document.add(table);
        document.close();
        return out.toByteArray();
    }

    private static void row(PdfPTable table, String label, String value) {
        table.addCell(new Paragraph(label, FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11)));
        table.addCell(new Paragraph(value, FontFactory.getFont(FontFactory.HELVETICA, 11)));
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }
}
