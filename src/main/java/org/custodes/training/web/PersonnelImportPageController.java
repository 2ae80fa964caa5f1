package org.custodes.training.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.custodes.shared.Actor;
import org.custodes.shared.QrCode;
import org.custodes.training.credential.IssuedCard;
import org.custodes.training.personnel.PersonnelFileRefused;
import org.custodes.training.personnel.PersonnelImport;
import org.custodes.training.personnel.PersonnelProblem;
import org.custodes.training.TrainingRefused;
import org.custodes.training.TrainingService;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** A company enrols its personnel from a file and prints their cards, a page per site. */
@Controller
@RequestMapping("/training/personnel")
class PersonnelImportPageController {

    /** Beyond this, one page of cards (each with its QR code) is too heavy to render and print: print per site. */
    static final int CARDS_ON_ONE_PAGE = 1_000;

    private final TrainingService training;
    private final MessageSource messages;
    private final String baseUrl;

    PersonnelImportPageController(TrainingService training, MessageSource messages,
            @Value("${custodes.base-url}") String baseUrl) {
        this.training = training;
        this.messages = messages;
        this.baseUrl = baseUrl.replaceAll("/$", "");
    }

    @GetMapping("/import")
    @PreAuthorize("hasAuthority('training:enrol')")
    String importPage(Model model) {
        model.addAttribute("sites", training.sites(Actor.current().orElseThrow().organisationId()));
        model.addAttribute("columns", PersonnelImport.COLUMNS);
        if (!model.containsAttribute("reissueForm")) {
            model.addAttribute("reissueForm", new ReissueCardsForm(null));
        }
        return "training/personnel-import";
    }

    @PostMapping("/import")
    @PreAuthorize("hasAuthority('training:enrol')")
    String importFile(@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model,
            HttpServletResponse response) {
        var organisation = Actor.current().orElseThrow().organisationId();
        List<PersonnelProblem> problems;
        if (file == null || file.isEmpty()) {
            problems = List.of(new PersonnelProblem(1, null, "training.import.empty", List.of()));
        } else {
            try {
                var imported = training.importPersonnel(organisation, String.valueOf(file.getOriginalFilename()),
                        file.getBytes(), null);
                model.addAttribute("enrolled", imported.enrolled());
                if (imported.cards().size() > CARDS_ON_ONE_PAGE) {
                    model.addAttribute("printPerSite", CARDS_ON_ONE_PAGE);
                    return importPage(model);
                }
                return cards(imported.cards(), model);
            } catch (PersonnelFileRefused refused) {
                problems = refused.problems();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        response.setStatus(422);
        model.addAttribute("problems", PersonnelProblemRow.of(problems, messages, LocaleContextHolder.getLocale()));
        return importPage(model);
    }

    /** New cards for everyone at a site: the codes on their old cards stop working. */
    @PostMapping("/cards")
    @PreAuthorize("hasAuthority('training:enrol')")
    String reissue(@Valid @ModelAttribute("reissueForm") ReissueCardsForm form, BindingResult errors, Model model,
            HttpServletResponse response) {
        if (errors.hasErrors()) {
            response.setStatus(422);
            return importPage(model);
        }
        try {
            return cards(training.reissueCards(Actor.current().orElseThrow().organisationId(), form.site().strip()), model);
        } catch (TrainingRefused refused) {
            errors.rejectValue("site", refused.messageKey(), refused.arguments(), refused.messageKey());
            response.setStatus(422);
            return importPage(model);
        }
    }

    record Card(String fullName, String personnelNumber, String code, java.time.LocalDate expiresOn, String qr) {
    }

    private String cards(List<IssuedCard> issued, Model model) {
        Map<String, List<Card>> bySite = new LinkedHashMap<>();
        issued.stream().sorted(java.util.Comparator.comparing(IssuedCard::site).thenComparing(IssuedCard::fullName))
                .forEach(c -> bySite.computeIfAbsent(c.site(), s -> new java.util.ArrayList<>()).add(new Card(c.fullName(),
                        c.personnelNumber(), c.code().substring(0, 5) + "-" + c.code().substring(5), c.codeExpiresOn(),
                        QrCode.svgDataUri(baseUrl + "/training/learn?code=" + c.code(), c.fullName()))));
        model.addAttribute("sites", bySite);
        return "training/cards";
    }
}
