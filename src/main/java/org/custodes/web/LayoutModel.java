package org.custodes.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.custodes.identity.IdentityService;
import org.custodes.identity.SignedInUser;
import org.custodes.shared.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout needs on every page: the language and its direction, the user and their navigation. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

    private final IdentityService identity;

    LayoutModel(IdentityService identity) {
        this.identity = identity;
    }

    @ModelAttribute("lang")
    Language language() {
        return Language.of(LocaleContextHolder.getLocale());
    }

    @ModelAttribute("languages")
    List<Language> languages() {
        return List.of(Language.values());
    }

    @ModelAttribute("currentUser")
    @Nullable SignedInUser currentUser() {
        return identity.currentUser().orElse(null);
    }

    @ModelAttribute("navigation")
    List<NavigationEntry> navigation() {
        return identity.currentUser().map(Navigation::forUser).orElse(List.of());
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        var path = request.getRequestURI();
        return path == null || path.startsWith("/error") ? "/" : path;
    }
}
