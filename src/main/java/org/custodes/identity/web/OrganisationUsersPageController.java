package org.custodes.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.custodes.identity.IdentityService;
import org.custodes.identity.InvitationId;
import org.custodes.identity.InvitePerson;
import org.custodes.identity.RolesNotAllowed;
import org.custodes.shared.Actor;
import org.custodes.shared.BusinessRuleViolation;
import org.custodes.shared.FormErrors;
import org.custodes.shared.Language;
import org.custodes.shared.NotFound;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The people of one organisation, for the secretariat: accounts, roles, status, invitations. */
@Controller
@RequestMapping("/identity/organisations/{organisationId}/users")
class OrganisationUsersPageController {

    private static final String VIEW = "identity/organisation-users";

    private final IdentityService identity;

    OrganisationUsersPageController(IdentityService identity) {
        this.identity = identity;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('identity:invite')")
    String show(@PathVariable UUID organisationId, Model model) {
        model.addAttribute("inviteForm", InvitePersonForm.blank());
        return page(organisationId, model);
    }

    @PostMapping("/invitations")
    @PreAuthorize("hasAuthority('identity:invite')")
    String invite(@PathVariable UUID organisationId, @Valid @ModelAttribute("inviteForm") InvitePersonForm form,
            BindingResult errors, Model model, HttpServletResponse response) {
        if (!errors.hasErrors()) {
            try {
                identity.invite(new InvitePerson(new OrganisationId(organisationId), Objects.requireNonNull(form.email()),
                        Objects.requireNonNull(form.displayName()), Objects.requireNonNull(form.language()),
                        Objects.requireNonNull(form.roles())));
                return "redirect:/identity/organisations/" + organisationId + "/users?invited";
            } catch (RolesNotAllowed violation) {
                errors.rejectValue("roles", violation.messageKey(), violation.arguments(), violation.messageKey());
            } catch (BusinessRuleViolation violation) {
                FormErrors.reject(errors, violation);
            }
        }
        response.setStatus(422);
        return page(organisationId, model);
    }

    @PostMapping("/invitations/{invitationId}/revocation")
    @PreAuthorize("hasAuthority('identity:invite')")
    String revokeInvitation(@PathVariable UUID organisationId, @PathVariable UUID invitationId) {
        identity.revokeInvitation(new OrganisationId(organisationId), new InvitationId(invitationId));
        return "redirect:/identity/organisations/" + organisationId + "/users?revoked";
    }

    @PostMapping("/{userId}/roles")
    @PreAuthorize("hasAuthority('identity:manage-roles')")
    String changeRoles(@PathVariable UUID organisationId, @PathVariable UUID userId, @Valid ChangeRolesForm form,
            BindingResult errors, Model model, HttpServletResponse response) {
        return act(organisationId, model, response, errors.hasErrors() ? "identity.roles.required" : null,
                () -> identity.changeRoles(member(organisationId, userId), Objects.requireNonNull(form.roles())),
                "roles-changed");
    }

    @PostMapping("/{userId}/disable")
    @PreAuthorize("hasAuthority('identity:manage-roles')")
    String disable(@PathVariable UUID organisationId, @PathVariable UUID userId, Model model,
            HttpServletResponse response) {
        return act(organisationId, model, response, null,
                () -> identity.disableAccount(member(organisationId, userId)), "disabled");
    }

    @PostMapping("/{userId}/enable")
    @PreAuthorize("hasAuthority('identity:manage-roles')")
    String enable(@PathVariable UUID organisationId, @PathVariable UUID userId, Model model,
            HttpServletResponse response) {
        return act(organisationId, model, response, null,
                () -> identity.enableAccount(member(organisationId, userId)), "enabled");
    }

    /** The account, if it belongs to the organisation of the address; another organisation's account is not found. */
    private UserId member(UUID organisationId, UUID userId) {
        var id = new UserId(userId);
        var belongs = identity.organisationUsers(new OrganisationId(organisationId)).accounts().stream()
                .anyMatch(account -> account.id().equals(id));
        if (!belongs) {
            throw new NotFound("account", id);
        }
        return id;
    }

    private String act(UUID organisationId, Model model, HttpServletResponse response, @Nullable String invalid,
            Runnable action, String done) {
        var problem = invalid;
        if (problem == null) {
            try {
                action.run();
                return "redirect:/identity/organisations/" + organisationId + "/users?" + done;
            } catch (BusinessRuleViolation violation) {
                problem = violation.messageKey();
            }
        }
        response.setStatus(422);
        model.addAttribute("actionError", problem);
        model.addAttribute("inviteForm", InvitePersonForm.blank());
        return page(organisationId, model);
    }

    private String page(UUID organisationId, Model model) {
        var users = identity.organisationUsers(new OrganisationId(organisationId));
        model.addAttribute("users", users);
        model.addAttribute("allowedRoles", users.allowedRoles().stream().sorted(Comparator.comparing(Enum::ordinal)).toList());
        model.addAttribute("canManageRoles", Actor.holds("identity:manage-roles"));
        model.addAttribute("invitationLanguages", List.of(Language.values()));
        return VIEW;
    }
}
