package org.custodes.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.custodes.identity.IdentityService;
import org.custodes.identity.SignedInUser;
import org.custodes.shared.Language;
import org.custodes.shared.NavigationEntry;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** What the layout needs on every page: the language and its direction, the user and their navigation. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

    private final IdentityService identity;
    private final Navigation navigation;

    LayoutModel(IdentityService identity, Navigation navigation) {
        this.identity = identity;
        this.navigation = navigation;
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
        return identity.currentUser().map(navigation::forUser).orElse(List.of());
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        var path = request.getRequestURI();
        return path == null || path.startsWith("/error") ? "/" : path;
    }

    /**
     * The address the language links point to: this page with its query (a link's token, a search's filters) kept,
     * so changing language never loses what the page was showing. Only GET queries are kept.
     */
    @ModelAttribute("languageSwitchPath")
    String languageSwitchPath(HttpServletRequest request) {
        var path = currentPath(request);
        var query = request.getQueryString();
        if (query == null || !"GET".equals(request.getMethod()) || path.equals("/")) {
            return path;
        }
        return UriComponentsBuilder.fromPath(path).query(query).replaceQueryParam("lang").build().toUriString();
    }
}
