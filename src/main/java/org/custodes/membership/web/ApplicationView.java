package org.custodes.membership.web;

import org.custodes.membership.MembershipApplicationDetails;
import org.custodes.membership.application.ApplicationStep;
import org.custodes.shared.Actor;
import org.springframework.ui.Model;

/** Fills the model of the application page, keeping any form that is being re-shown with its errors. */
final class ApplicationView {

    private ApplicationView() {
    }

    static String show(MembershipApplicationDetails application, Model model) {
        model.addAttribute("app", application);
        model.addAttribute("steps", ApplicationStep.values());
        var actor = Actor.current();
        model.addAttribute("ownOrganisation", actor.map(a -> a.organisationId().equals(application.organisation())).orElse(false));
        model.addAttribute("canRead", actor.map(a -> a.can("membership:read")).orElse(false));
        model.addAttribute("canReview", actor.map(a -> a.can("membership:review")).orElse(false));
        model.addAttribute("canDecide", actor.map(a -> a.can("membership:decide")).orElse(false));
        addIfAbsent(model, "answerForm", new TextForm(null));
        addIfAbsent(model, "requestForm", new TextForm(null));
        addIfAbsent(model, "recommendationForm", new RecommendationForm(null, null));
        addIfAbsent(model, "decisionForm", new DecisionForm(null, null, null, null));
        return "membership/application";
    }

    private static void addIfAbsent(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }
}
