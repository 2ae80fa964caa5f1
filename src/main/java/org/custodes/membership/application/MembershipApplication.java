package org.custodes.membership.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.custodes.membership.ApplicationId;
import org.custodes.membership.MembershipApplicationDetails.BoardDecision;
import org.custodes.membership.MembershipApplicationDetails.ChecklistItem;
import org.custodes.membership.MembershipApplicationDetails.InformationExchange;
import org.custodes.membership.MembershipApplicationDetails.Recommendation;
import org.custodes.membership.MembershipApplicationStatus;
import org.custodes.membership.MembershipPillar;
import org.custodes.membership.MembershipRuleViolation;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.UserId;
import org.jspecify.annotations.Nullable;

/**
 * An organisation's application to join in its pillar: a draft the applicant fills in step by step, submitted once
 * nothing required is missing, reviewed by the secretariat against its checklist (with requests for more information
 * going back and forth), recommended, and decided by the Board.
 */
public class MembershipApplication {

    private final ApplicationId id;
    private final OrganisationId organisation;
    private final MembershipPillar pillar;
    private final long version;
    private final Instant createdAt;
    private MembershipApplicationStatus status;
    private ApplicationForm form;
    private final Map<String, Boolean> checklist;
    private final List<InformationExchange> exchanges;
    private final List<InformationExchange> unsavedExchanges = new ArrayList<>();
    private @Nullable LocalDate submittedOn;
    private @Nullable Recommendation recommendation;
    private @Nullable BoardDecision decision;

    MembershipApplication(ApplicationId id, OrganisationId organisation, MembershipPillar pillar, long version,
            Instant createdAt, MembershipApplicationStatus status, ApplicationForm form, Map<String, Boolean> checklist,
            List<InformationExchange> exchanges, @Nullable LocalDate submittedOn,
            @Nullable Recommendation recommendation, @Nullable BoardDecision decision) {
        this.id = id;
        this.organisation = organisation;
        this.pillar = pillar;
        this.version = version;
        this.createdAt = createdAt;
        this.status = status;
        this.form = form;
        this.checklist = new LinkedHashMap<>(checklist);
        this.exchanges = new ArrayList<>(exchanges);
        this.submittedOn = submittedOn;
        this.recommendation = recommendation;
        this.decision = decision;
    }

    public static MembershipApplication start(OrganisationId organisation, MembershipPillar pillar, ApplicationForm form,
            List<String> checklistItems, Instant now) {
        var checklist = new LinkedHashMap<String, Boolean>();
        checklistItems.forEach(item -> checklist.put(item, false));
        return new MembershipApplication(new ApplicationId(UUID.randomUUID()), organisation, pillar, -1, now,
                MembershipApplicationStatus.DRAFT, form, checklist, List.of(), null, null, null);
    }

    public void saveStep(ApplicationStep step, ApplicationForm input) {
        requireEditable();
        form = form.withStep(step, input);
    }

    void requireEditable() {
        if (!status.editable()) {
            throw new MembershipRuleViolation("membership.application.not-editable");
        }
    }

    List<MissingItem> missingItems() {
        return form.missingItems(pillar);
    }

    public void submit(LocalDate today) {
        requireStatus(MembershipApplicationStatus.DRAFT);
        var missing = missingItems();
        if (!missing.isEmpty()) {
            throw new ApplicationIncomplete(missing);
        }
        status = MembershipApplicationStatus.SUBMITTED;
        submittedOn = today;
    }

    /** The secretariat records which checklist items it verified; unknown items are ignored. */
    void check(Map<String, Boolean> items) {
        requireStatus(MembershipApplicationStatus.SUBMITTED);
        items.forEach((key, done) -> checklist.computeIfPresent(key, (k, old) -> Boolean.TRUE.equals(done)));
    }

    void requestInformation(String request, Instant at, @Nullable UserId by) {
        requireStatus(MembershipApplicationStatus.SUBMITTED);
        status = MembershipApplicationStatus.INFORMATION_REQUESTED;
        exchange(InformationExchange.Kind.REQUEST, request, at, by);
    }

    /** The applicant answers in the same application, which goes back to the secretariat. */
    void answer(String answer, Instant at, @Nullable UserId by) {
        requireStatus(MembershipApplicationStatus.INFORMATION_REQUESTED);
        var missing = missingItems();
        if (!missing.isEmpty()) {
            throw new ApplicationIncomplete(missing);
        }
        status = MembershipApplicationStatus.SUBMITTED;
        exchange(InformationExchange.Kind.ANSWER, answer, at, by);
    }

    /** An approval may be recommended only once every checklist item was verified. */
    void recommend(boolean approve, String note, LocalDate today, @Nullable UserId by) {
        requireStatus(MembershipApplicationStatus.SUBMITTED);
        if (approve && checklist.containsValue(false)) {
            throw new MembershipRuleViolation("membership.application.checklist-incomplete");
        }
        recommendation = new Recommendation(approve, note, today, by);
        status = MembershipApplicationStatus.RECOMMENDED;
    }

    void decide(boolean approve, String reasons, LocalDate decidedOn, String decisionReference, @Nullable UserId by) {
        requireStatus(MembershipApplicationStatus.RECOMMENDED);
        if (reasons.isBlank() || decisionReference.isBlank()) {
            throw new MembershipRuleViolation("membership.application.decision-incomplete");
        }
        decision = new BoardDecision(approve, reasons.strip(), decidedOn, decisionReference.strip(), by);
        status = approve ? MembershipApplicationStatus.APPROVED : MembershipApplicationStatus.REJECTED;
    }

    private void exchange(InformationExchange.Kind kind, String text, Instant at, @Nullable UserId by) {
        if (text.isBlank()) {
            throw new MembershipRuleViolation("membership.application.text-required");
        }
        var exchange = new InformationExchange(kind, text.strip(), at, by);
        exchanges.add(exchange);
        unsavedExchanges.add(exchange);
    }

    private void requireStatus(MembershipApplicationStatus expected) {
        if (status != expected) {
            throw new MembershipRuleViolation("membership.application.wrong-status", status.name());
        }
    }

    ApplicationId id() {
        return id;
    }

    OrganisationId organisation() {
        return organisation;
    }

    MembershipPillar pillar() {
        return pillar;
    }

    long version() {
        return version;
    }

    boolean isNew() {
        return version < 0;
    }

    Instant createdAt() {
        return createdAt;
    }

    MembershipApplicationStatus status() {
        return status;
    }

    ApplicationForm form() {
        return form;
    }

    Map<String, Boolean> checklist() {
        return Map.copyOf(checklist);
    }

    List<ChecklistItem> checklistItems() {
        return checklist.entrySet().stream().map(e -> new ChecklistItem(e.getKey(), e.getValue())).toList();
    }

    List<InformationExchange> exchanges() {
        return List.copyOf(exchanges);
    }

    List<InformationExchange> unsavedExchanges() {
        return List.copyOf(unsavedExchanges);
    }

    void saved() {
        unsavedExchanges.clear();
    }

    @Nullable LocalDate submittedOn() {
        return submittedOn;
    }

    @Nullable Recommendation recommendation() {
        return recommendation;
    }

    @Nullable BoardDecision decision() {
        return decision;
    }
}
