package org.custodes.procurement.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.custodes.procurement.ModelClause;
import org.custodes.shared.Language;
import org.springframework.context.MessageSource;

/** The model clauses as a Word document in the reader's language, for pasting into a contract. */
final class ClauseDocument {

    private ClauseDocument() {
    }

    static byte[] write(List<ModelClause> clauses, MessageSource messages, Locale locale) {
        var rightToLeft = Language.of(locale).rightToLeft();
        try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            var heading = document.createParagraph();
            heading.setStyle("Title");
            align(heading, rightToLeft);
            var title = heading.createRun();
            title.setBold(true);
            title.setFontSize(16);
            title.setText(messages.getMessage("procurement.clauses.heading", null, locale));
            var note = document.createParagraph();
            align(note, rightToLeft);
            note.createRun().setText(messages.getMessage("procurement.clauses.note", null, locale));
            for (var clause : clauses) {
                var name = document.createParagraph();
                align(name, rightToLeft);
                var run = name.createRun();
                run.setBold(true);
                run.setText(messages.getMessage("procurement.clause." + clause.name() + ".title", null, locale));
                var text = document.createParagraph();
                align(text, rightToLeft);
                text.createRun().setText(messages.getMessage("procurement.clause." + clause.name() + ".text", null, locale));
                var paragraphs = document.createParagraph();
                align(paragraphs, rightToLeft);
                var reference = paragraphs.createRun();
                reference.setItalic(true);
                reference.setText(messages.getMessage("procurement.code-paragraphs", new Object[] {
                        String.join(", ", clause.codeParagraphs().stream().map(String::valueOf).toList()) }, locale));
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void align(org.apache.poi.xwpf.usermodel.XWPFParagraph paragraph, boolean rightToLeft) {
        paragraph.setAlignment(rightToLeft ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
        if (rightToLeft) {
            paragraph.getCTP().addNewPPr().addNewBidi();
        }
    }
}
