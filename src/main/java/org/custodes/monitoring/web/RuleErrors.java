package org.custodes.monitoring.web;

import java.util.Map;

import org.custodes.shared.BusinessRuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/** A refused rule shown at the field it is about, where there is one, else at the top of the form. */
final class RuleErrors {

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("monitoring.observation.company-required", "companyDescription"),
            Map.entry("monitoring.observation.text-required", "whatHappened"),
            Map.entry("monitoring.observation.future", "observedOn"),
            Map.entry("monitoring.observation.people-affected", "peopleAffected"),
            Map.entry("monitoring.observation.media-link", "mediaLink"),
            Map.entry("monitoring.observation.media-secretariat", "sourceType"),
            Map.entry("monitoring.observation.company-unknown", "company"),
            Map.entry("monitoring.concern.company-unknown", "company"),
            Map.entry("monitoring.concern.origin-reference", "originReference"),
            Map.entry("monitoring.refused.paragraph", "codeParagraphs"),
            Map.entry("monitoring.triage.duplicate-unknown", "duplicateOf"),
            Map.entry("monitoring.triage.duplicate-self", "duplicateOf"),
            Map.entry("monitoring.triage.concern-unknown", "concern"),
            Map.entry("monitoring.triage.other-company", "concern"),
            Map.entry("monitoring.triage.reason-required", "reason"),
            Map.entry("monitoring.triage.outcome-required", "outcome"),
            Map.entry("monitoring.refused.text-required", "text"),
            Map.entry("monitoring.refused.text-too-long", "text"),
            Map.entry("monitoring.finding.statement-required", "statement"),
            Map.entry("monitoring.finding.evidence-required", "evidence"),
            Map.entry("monitoring.finding.reasons-required", "reasons"),
            Map.entry("monitoring.finding.answer-required", "response"),
            Map.entry("country.unknown", "country"));

    private RuleErrors() {
    }

    static void reject(BusinessRuleViolation violation, BindingResult errors) {
        reject(violation, violation.field() != null ? violation.field() : FIELDS.get(violation.messageKey()), errors);
    }

    /** The violation at the given field of the form when the form has one by that name, else at its top. */
    static void reject(BusinessRuleViolation violation, @Nullable String field, BindingResult errors) {
        var target = errors.getTarget();
        if (field != null && target != null && target.getClass().isRecord() && java.util.Arrays
                .stream(target.getClass().getRecordComponents()).anyMatch(component -> component.getName().equals(field))) {
            errors.rejectValue(field, violation.messageKey(), violation.arguments(), violation.messageKey());
        } else {
            errors.reject(violation.messageKey(), violation.arguments(), violation.messageKey());
        }
    }
}
