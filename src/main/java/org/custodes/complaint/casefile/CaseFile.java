package org.custodes.complaint.casefile;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.custodes.complaint.ComplaintRefused;
import org.custodes.complaint.FileDownload;
import org.custodes.complaint.IncomingFile;
import org.custodes.complaint.casefile.CaseRecords.Author;
import org.custodes.complaint.intake.AttachmentPolicy;
import org.custodes.complaint.workflow.Cases;
import org.custodes.shared.NotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The sealed content of a case: its columns, messages, notes and attachments, each encrypted under the case's own key
 * with a name of its own bound in as associated data, so that nothing sealed for one place opens in another. Every
 * such name is made here, and nowhere else.
 */
@Component
public class CaseFile {

    private final Cases cases;
    private final CaseRecords records;
    private final Envelope envelope;
    private final Clock clock;

    CaseFile(Cases cases, CaseRecords records, Envelope envelope, Clock clock) {
        this.cases = cases;
        this.records = records;
        this.envelope = envelope;
        this.clock = clock;
    }

    /** What a reader is shown of a case's exchange: the messages with their own files, and every file of the case. */
    public record Exchange(List<MessageView> messages, List<AttachmentView> attachments,
            List<AttachmentView> filedWithTheComplaint) {
    }

    /** A new case's key, for sealing its content before its row exists. */
    public CaseKey newKey(UUID caseId) {
        return envelope.newCaseKey(caseId);
    }

    public byte[] seal(CaseKey key, Cases.Sealed column, byte[] content) {
        return key.seal(column.field(), content);
    }

    /** A sealed column's content, or nothing when the column is empty. */
    public byte @Nullable [] open(UUID caseId, Cases.Sealed column) {
        var sealed = cases.sealedColumn(caseId, column);
        return sealed == null ? null : key(caseId).open(column.field(), sealed);
    }

    /** A sealed column's content that every case has (the narrative): its absence means there is no such case. */
    public byte[] openRequired(UUID caseId, Cases.Sealed column) {
        var content = open(caseId, column);
        if (content == null) {
            throw new NotFound("complaint", caseId);
        }
        return content;
    }

    public @Nullable String text(UUID caseId, Cases.Sealed column) {
        var content = open(caseId, column);
        return content == null ? null : new String(content, StandardCharsets.UTF_8);
    }

    public void writeText(UUID caseId, Cases.Sealed column, String text) {
        cases.writeSealedColumn(caseId, column, seal(key(caseId), column, text.getBytes(StandardCharsets.UTF_8)));
    }

    public boolean holds(UUID caseId, Cases.Sealed column) {
        return cases.sealedColumn(caseId, column) != null;
    }

    /** A message of the complainant or a handler, with its files; refused past the case's limit of files. */
    public void addMessage(UUID caseId, Author author, String text, List<IncomingFile> files) {
        var cleaned = AttachmentPolicy.clean(files);
        if (records.countAttachments(caseId) + cleaned.size() > AttachmentPolicy.MAX_FILES * 4L) {
            throw new ComplaintRefused("complaint.files.too-many", AttachmentPolicy.MAX_FILES);
        }
        var key = key(caseId);
        var messageId = UUID.randomUUID();
        records.insertMessage(messageId, caseId, author, LocalDate.now(clock), key.seal(message(messageId), utf8(text)));
        storeFiles(key, caseId, messageId, cleaned);
    }

    /** Files given with the complaint itself (no message) or with a message. */
    public void storeFiles(CaseKey key, UUID caseId, @Nullable UUID messageId, List<AttachmentPolicy.CleanFile> files) {
        for (var file : files) {
            var fileId = UUID.randomUUID();
            records.insertAttachment(fileId, caseId, messageId, file.kind().mediaType,
                    key.seal(attachmentName(fileId), utf8(file.name())), key.seal(attachment(fileId), file.content()));
        }
    }

    public void addNote(UUID caseId, UUID author, String text) {
        var noteId = UUID.randomUUID();
        records.insertNote(noteId, caseId, author, LocalDate.now(clock), key(caseId).seal(note(noteId), utf8(text)));
    }

    public List<NoteView> notes(UUID caseId) {
        var key = key(caseId);
        return records.notes(caseId).stream()
                .map(n -> new NoteView(n.id(), n.authorId(), n.writtenOn(), text(key, note(n.id()), n.body()))).toList();
    }

    public Exchange exchange(UUID caseId) {
        var key = key(caseId);
        var files = records.attachments(caseId);
        var views = files.stream()
                .map(a -> new AttachmentView(a.id(), text(key, attachmentName(a.id()), a.name()), a.mediaType())).toList();
        var messages = records.messages(caseId).stream().map(m -> new MessageView(m.id(),
                m.author() == Author.COMPLAINANT, m.sentOn(), text(key, message(m.id()), m.body()),
                viewsOf(files, views, m.id()))).toList();
        return new Exchange(messages, views, viewsOf(files, views, null));
    }

    /** The files of one message, or with {@code null} those given with the complaint itself. */
    private static List<AttachmentView> viewsOf(List<CaseRecords.SealedAttachment> files, List<AttachmentView> views,
            @Nullable UUID messageId) {
        var own = new ArrayList<AttachmentView>();
        for (var i = 0; i < files.size(); i++) {
            if (java.util.Objects.equals(files.get(i).messageId(), messageId)) {
                own.add(views.get(i));
            }
        }
        return own;
    }

    public FileDownload download(UUID caseId, UUID attachmentId) {
        var key = key(caseId);
        var meta = records.attachments(caseId).stream().filter(a -> a.id().equals(attachmentId)).findFirst()
                .orElseThrow(() -> new NotFound("attachment", attachmentId));
        var content = records.attachmentContent(caseId, attachmentId)
                .orElseThrow(() -> new NotFound("attachment", attachmentId));
        return new FileDownload(text(key, attachmentName(attachmentId), meta.name()), meta.mediaType(),
                key.open(attachment(attachmentId), content));
    }

    private CaseKey key(UUID caseId) {
        return envelope.caseKey(caseId, cases.wrappedKey(caseId));
    }

    private static String message(UUID id) {
        return "message/" + id;
    }

    private static String note(UUID id) {
        return "note/" + id;
    }

    private static String attachment(UUID id) {
        return "attachment/" + id;
    }

    private static String attachmentName(UUID id) {
        return "attachment-name/" + id;
    }

    private static String text(CaseKey key, String field, byte[] sealed) {
        return new String(key.open(field, sealed), StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
