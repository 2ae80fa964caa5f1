package org.custodes.complaint.intake;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.custodes.complaint.ComplaintReference;
import org.custodes.complaint.ComplaintRefused;
import org.custodes.complaint.SubmissionInFlight;
import org.custodes.complaint.SubmitComplaint;
import org.custodes.complaint.casefile.CaseFile;
import org.custodes.complaint.workflow.Cases;
import org.custodes.complaint.workflow.ComplaintCase;
import org.custodes.complaint.workflow.Deadlines;
import org.custodes.organisation.OrganisationKind;
import org.custodes.organisation.OrganisationService;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Taking a complaint in: the case is opened with its narrative, identity and files sealed under a key of its own, and
 * the complainant gets a reference and a receipt. Over the API, an idempotency key makes a repeated request return
 * the first answer, so a complainant whose connection dropped never files twice.
 */
@Component
public class Intake {

    private final Cases cases;
    private final CaseFile caseFile;
    private final IdempotencyRecords idempotency;
    private final Receipts receipts;
    private final Deadlines deadlines;
    private final OrganisationService organisations;
    private final JsonMapper json;
    private final Clock clock;

    Intake(Cases cases, CaseFile caseFile, IdempotencyRecords idempotency, Receipts receipts, Deadlines deadlines,
            OrganisationService organisations, JsonMapper json, Clock clock) {
        this.cases = cases;
        this.caseFile = caseFile;
        this.idempotency = idempotency;
        this.receipts = receipts;
        this.deadlines = deadlines;
        this.organisations = organisations;
        this.json = json;
        this.clock = clock;
    }

    /** The public form's or API's complaint, repeated requests with one idempotency key answered once. */
    public Submission submit(SubmitComplaint complaint, @Nullable String idempotencyKey) {
        if (complaint.channel().recordedByOperator()) {
            throw new ComplaintRefused("complaint.refused.channel");
        }
        if (idempotencyKey == null) {
            return new Submission(file(complaint), false);
        }
        var keyHash = IdempotencyRecords.keyHash(idempotencyKey);
        if (!idempotency.tryLock(keyHash)) {
            throw new SubmissionInFlight();
        }
        var fingerprint = fingerprint(complaint);
        var stored = idempotency.find(keyHash);
        if (stored.isPresent()) {
            if (!java.security.MessageDigest.isEqual(stored.get().fingerprint(), fingerprint)) {
                throw new ComplaintRefused("complaint.idempotency.reused");
            }
            var answer = json.readValue(idempotency.open(keyHash, idempotencyKey, stored.get().response()), StoredReceipt.class);
            return new Submission(new ComplaintReceipt(new ComplaintReference(answer.reference()), answer.receipt()), true);
        }
        var receipt = file(complaint);
        var answer = json.writeValueAsBytes(new StoredReceipt(receipt.reference().value(), receipt.receipt()));
        idempotency.insert(keyHash, fingerprint, idempotencyKey, answer, clock.instant());
        return new Submission(receipt, false);
    }

    /** A complaint received by phone, in person or on paper, recorded by an officer or an intermediary. */
    public ComplaintReceipt recordOnBehalf(SubmitComplaint complaint) {
        if (!complaint.channel().recordedByOperator()) {
            throw new ComplaintRefused("complaint.refused.channel");
        }
        return file(complaint);
    }

    private ComplaintReceipt file(SubmitComplaint complaint) {
        var today = LocalDate.now(clock);
        if (complaint.company() != null && organisations.find(complaint.company())
                .filter(o -> o.kind() == OrganisationKind.COMPANY).isEmpty()) {
            throw new ComplaintRefused("complaint.refused.company");
        }
        var files = AttachmentPolicy.clean(complaint.files());
        var id = UUID.randomUUID();
        var key = caseFile.newKey(id);
        var receipt = receipts.newReceipt();
        var hash = receipts.hash(receipt);
        var narrative = caseFile.seal(key, Cases.Sealed.NARRATIVE, json.writeValueAsBytes(complaint.narrative()));
        var identity = complaint.identity() == null ? null
                : caseFile.seal(key, Cases.Sealed.IDENTITY, json.writeValueAsBytes(complaint.identity()));
        ComplaintCase created = null;
        for (var attempt = 0; created == null; attempt++) {
            var candidate = ComplaintCase.receive(id, References.next(today), complaint, today, deadlines);
            try {
                cases.insert(candidate, key.wrapped(), hash, narrative, identity);
                created = candidate;
            } catch (DuplicateKeyException referenceTaken) {
                if (attempt >= 3) {
                    throw referenceTaken;
                }
            }
        }
        caseFile.storeFiles(key, id, null, files);
        return new ComplaintReceipt(created.reference(), receipt);
    }

    /** What makes two requests the same complaint: every field and each file's name and content hash. */
    private byte[] fingerprint(SubmitComplaint complaint) {
        var files = complaint.files().stream()
                .map(f -> f.name() + ":" + HexFormat.of().formatHex(IdempotencyRecords.sha256(f.content())))
                .toList();
        var withoutContent = new SubmitComplaint(complaint.channel(), complaint.role(), complaint.contact(),
                complaint.identity(), complaint.company(), complaint.category(), complaint.country(),
                complaint.narrative(), complaint.language(), List.of());
        return IdempotencyRecords.sha256((json.writeValueAsString(withoutContent) + files).getBytes(StandardCharsets.UTF_8));
    }

    record StoredReceipt(String reference, String receipt) {
    }
}
