package org.custodes.complaint.workflow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.custodes.complaint.Channel;
import org.custodes.complaint.ComplainantRole;
import org.custodes.complaint.ComplaintCategory;
import org.custodes.complaint.ComplaintReference;
import org.custodes.complaint.ComplaintReferredToBoard;
import org.custodes.complaint.ComplaintRefused;
import org.custodes.complaint.ComplaintStatus;
import org.custodes.complaint.ComplaintType;
import org.custodes.complaint.ContactPreference;
import org.custodes.complaint.Outcome;
import org.custodes.complaint.ResolutionPath;
import org.custodes.complaint.SubmitComplaint;
import org.custodes.complaint.workflow.ComplaintEvent.Step;
import org.custodes.shared.CountryCode;
import org.custodes.shared.Language;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.UserId;
import org.jspecify.annotations.Nullable;

/**
 * A complaint's workflow: the metadata handlers work with, the status, its deadline and who handles it. Content is
 * not here: it stays encrypted in the case file and is decrypted only to show it to those entitled.
 */
public class ComplaintCase {

    static final int FIRST_CODE_PARAGRAPH = 1;
    static final int LAST_CODE_PARAGRAPH = 70;

    private final UUID id;
    private long version;
    private final ComplaintReference reference;
    private final Channel channel;
    private final ComplainantRole complainantRole;
    private final ContactPreference contact;
    private final Language language;
    private final ComplaintCategory category;
    private final @Nullable CountryCode country;
    private final @Nullable OrganisationId company;
    private final LocalDate receivedOn;
    private ComplaintStatus status;
    private @Nullable LocalDate dueOn;
    private @Nullable ComplaintType type;
    private @Nullable Boolean againstMember;
    private @Nullable Boolean allegesViolation;
    private @Nullable ResolutionPath path;
    private boolean excerptShared;
    private boolean companyResponded;
    private @Nullable Outcome outcome;
    private @Nullable UUID handler;
    private boolean retaliationRisk;
    private Set<Integer> codeParagraphs;
    private final Set<UUID> conflictedHandlers;
    private @Nullable LocalDate closedOn;
    private final List<Object> events = new ArrayList<>();

    ComplaintCase(UUID id, long version, ComplaintReference reference, Channel channel, ComplainantRole complainantRole,
            ContactPreference contact, Language language, ComplaintCategory category, @Nullable CountryCode country,
            @Nullable OrganisationId company, LocalDate receivedOn, ComplaintStatus status, @Nullable LocalDate dueOn,
            @Nullable ComplaintType type, @Nullable Boolean againstMember, @Nullable Boolean allegesViolation,
            @Nullable ResolutionPath path, boolean excerptShared, boolean companyResponded, @Nullable Outcome outcome,
            @Nullable UUID handler, boolean retaliationRisk, Set<Integer> codeParagraphs, Set<UUID> conflictedHandlers,
            @Nullable LocalDate closedOn) {
        this.id = id;
        this.version = version;
        this.reference = reference;
        this.channel = channel;
        this.complainantRole = complainantRole;
        this.contact = contact;
        this.language = language;
        this.category = category;
        this.country = country;
        this.company = company;
        this.receivedOn = receivedOn;
        this.status = status;
        this.dueOn = dueOn;
        this.type = type;
        this.againstMember = againstMember;
        this.allegesViolation = allegesViolation;
        this.path = path;
        this.excerptShared = excerptShared;
        this.companyResponded = companyResponded;
        this.outcome = outcome;
        this.handler = handler;
        this.retaliationRisk = retaliationRisk;
        this.codeParagraphs = new TreeSet<>(codeParagraphs);
        this.conflictedHandlers = new HashSet<>(conflictedHandlers);
        this.closedOn = closedOn;
    }

    public static ComplaintCase receive(UUID id, ComplaintReference reference, SubmitComplaint complaint, LocalDate today,
            Deadlines deadlines) {
        var created = new ComplaintCase(id, 0, reference, complaint.channel(), complaint.role(), complaint.contact(),
                complaint.language(), complaint.category(), complaint.country(), complaint.company(), today,
                ComplaintStatus.RECEIVED, deadlines.dueFor(ComplaintStatus.RECEIVED, today), null, null, null, null,
                false, false, null, null, false, Set.of(), Set.of(), null);
        created.record(Step.RECEIVED, today, null);
        return created;
    }

    public void acknowledge(LocalDate today, UserId by, Deadlines deadlines) {
        require(EnumSet.of(ComplaintStatus.RECEIVED));
        moveTo(ComplaintStatus.ACKNOWLEDGED, today, deadlines);
        record(Step.ACKNOWLEDGED, today, by);
    }

    /** Art 13 screening: a member company, an alleged Code violation, and a harm or evidence complaint. */
    public void assessAdmissibility(boolean concernsMember, boolean allegesCodeViolation, ComplaintType complaintType,
            LocalDate today, UserId by, Deadlines deadlines) {
        require(EnumSet.of(ComplaintStatus.ACKNOWLEDGED));
        this.againstMember = concernsMember;
        this.allegesViolation = allegesCodeViolation;
        this.type = complaintType;
        if (concernsMember && allegesCodeViolation) {
            moveTo(ComplaintStatus.ADMISSIBLE, today, deadlines);
            record(Step.FOUND_ADMISSIBLE, today, by);
        } else {
            moveTo(ComplaintStatus.NOT_ADMISSIBLE, today, deadlines);
            record(Step.FOUND_NOT_ADMISSIBLE, today, by);
        }
    }

    public void choosePath(ResolutionPath chosen, boolean shareExcerptWithCompany, LocalDate today, UserId by,
            Deadlines deadlines) {
        require(EnumSet.of(ComplaintStatus.ADMISSIBLE));
        if (shareExcerptWithCompany && company == null) {
            throw new ComplaintRefused("complaint.refused.no-company");
        }
        this.path = chosen;
        this.excerptShared = shareExcerptWithCompany;
        moveTo(ComplaintStatus.IN_PROCESS, today, deadlines);
        record(Step.PATH_CHOSEN, today, by);
        if (shareExcerptWithCompany) {
            record(Step.EXCERPT_SHARED, today, by);
        }
    }

    public void recordCompanyResponse(OrganisationId responding, LocalDate today, UserId by) {
        if (!visibleTo(responding)) {
            throw new ComplaintRefused("complaint.refused.status", status);
        }
        this.companyResponded = true;
        record(Step.COMPANY_RESPONDED, today, by);
    }

    /** Whether the company may see this case: only its own, and only once a handler shared an excerpt with it. */
    public boolean visibleTo(OrganisationId organisation) {
        return excerptShared && organisation.equals(company) && status != ComplaintStatus.CLOSED;
    }

    public void recordOutcome(Outcome result, LocalDate today, UserId by, Deadlines deadlines) {
        require(EnumSet.of(ComplaintStatus.IN_PROCESS));
        if (result == Outcome.REFERRED_TO_BOARD && company == null) {
            throw new ComplaintRefused("complaint.refused.no-company");
        }
        this.outcome = result;
        moveTo(result.remedyToFollow() ? ComplaintStatus.REMEDY_FOLLOW_UP : ComplaintStatus.OUTCOME_RECORDED, today,
                deadlines);
        record(Step.OUTCOME_RECORDED, today, by);
        if (result == Outcome.REFERRED_TO_BOARD && company != null) {
            events.add(new ComplaintReferredToBoard(company, reference, today, List.copyOf(codeParagraphs)));
        }
    }

    public void close(LocalDate today, UserId by, Deadlines deadlines) {
        require(EnumSet.of(ComplaintStatus.NOT_ADMISSIBLE, ComplaintStatus.OUTCOME_RECORDED,
                ComplaintStatus.REMEDY_FOLLOW_UP));
        moveTo(ComplaintStatus.CLOSED, today, deadlines);
        this.closedOn = today;
        record(Step.CLOSED, today, by);
    }

    public void assign(UserId to, LocalDate today, UserId by) {
        if (conflictedHandlers.contains(to.value())) {
            throw new ComplaintRefused("complaint.refused.conflict");
        }
        this.handler = to.value();
        record(Step.HANDLER_ASSIGNED, today, by);
    }

    /** A handler who declares a conflict of interest is taken off the case and can never be put back on it. */
    public void declareConflict(UserId declaring, LocalDate today) {
        conflictedHandlers.add(declaring.value());
        if (declaring.value().equals(handler)) {
            handler = null;
        }
        record(Step.CONFLICT_DECLARED, today, declaring);
    }

    public boolean excludes(UserId user) {
        return conflictedHandlers.contains(user.value());
    }

    public void flagRetaliationRisk(boolean risk) {
        this.retaliationRisk = risk;
    }

    public void tagCodeParagraphs(Set<Integer> paragraphs) {
        for (var paragraph : paragraphs) {
            if (paragraph < FIRST_CODE_PARAGRAPH || paragraph > LAST_CODE_PARAGRAPH) {
                throw new ComplaintRefused("complaint.refused.paragraph", paragraph);
            }
        }
        this.codeParagraphs = new TreeSet<>(paragraphs);
    }

    public boolean overdue(LocalDate today) {
        return dueOn != null && today.isAfter(dueOn);
    }

    /** Retention runs from closure: content of a case closed before the cut-off may be purged. */
    boolean retentionExpired(LocalDate cutOff) {
        return status == ComplaintStatus.CLOSED && closedOn != null && closedOn.isBefore(cutOff);
    }

    private void moveTo(ComplaintStatus next, LocalDate today, Deadlines deadlines) {
        this.status = next;
        this.dueOn = deadlines.dueFor(next, today);
    }

    private void require(Set<ComplaintStatus> allowed) {
        if (!allowed.contains(status)) {
            throw new ComplaintRefused("complaint.refused.status", status);
        }
    }

    private void record(Step step, LocalDate on, @Nullable UserId by) {
        events.add(new ComplaintEvent(reference, step, on, by));
    }

    public List<Object> pendingEvents() {
        return List.copyOf(events);
    }

    public void clearEvents() {
        events.clear();
    }

    public UUID id() { return id; }
    long version() { return version; }
    void versionSaved(long saved) { this.version = saved; }
    public ComplaintReference reference() { return reference; }
    public Channel channel() { return channel; }
    public ComplainantRole complainantRole() { return complainantRole; }
    public ContactPreference contact() { return contact; }
    Language language() { return language; }
    public ComplaintCategory category() { return category; }
    public @Nullable CountryCode country() { return country; }
    public @Nullable OrganisationId company() { return company; }
    public LocalDate receivedOn() { return receivedOn; }
    public ComplaintStatus status() { return status; }
    public @Nullable LocalDate dueOn() { return dueOn; }
    public @Nullable ComplaintType type() { return type; }
    public @Nullable Boolean againstMember() { return againstMember; }
    public @Nullable Boolean allegesViolation() { return allegesViolation; }
    public @Nullable ResolutionPath path() { return path; }
    boolean excerptShared() { return excerptShared; }
    boolean companyResponded() { return companyResponded; }
    public @Nullable Outcome outcome() { return outcome; }
    public @Nullable UUID handler() { return handler; }
    public boolean retaliationRisk() { return retaliationRisk; }
    public Set<Integer> codeParagraphs() { return Set.copyOf(codeParagraphs); }
    Set<UUID> conflictedHandlers() { return Set.copyOf(conflictedHandlers); }
    @Nullable LocalDate closedOn() { return closedOn; }
}
