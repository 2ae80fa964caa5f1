package org.custodes.complaint.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.custodes.complaint.Channel;
import org.custodes.complaint.ComplainantIdentity;
import org.custodes.complaint.ComplainantRole;
import org.custodes.complaint.ComplaintCategory;
import org.custodes.complaint.ComplaintNarrative;
import org.custodes.complaint.ComplaintRefused;
import org.custodes.complaint.ComplaintService;
import org.custodes.complaint.ContactPreference;
import org.custodes.complaint.GrievanceRaised;
import org.custodes.complaint.IncomingFile;
import org.custodes.complaint.SubmitComplaint;
import org.custodes.shared.CountryCode;
import org.custodes.shared.FormErrors;
import org.custodes.shared.Language;
import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The public complaint form: no account, works without JavaScript, one step per page. Each page carries the sealed
 * draft; the last one sends the complaint with its files and shows the receipt once.
 */
@Controller
@RequestMapping("/complaints/new")
@PreAuthorize("permitAll()")
class IntakePageController {

    private static final SecureRandom RANDOM = new SecureRandom();

    record CountryOption(String code, String name) {
    }

    private final ComplaintService complaints;
    private final IntakeDrafts drafts;
    private final SmartValidator validator;
    private final ClientKeys clients;

    IntakePageController(ComplaintService complaints, IntakeDrafts drafts, SmartValidator validator,
            ClientKeys clients) {
        this.complaints = complaints;
        this.drafts = drafts;
        this.validator = validator;
        this.clients = clients;
    }

    @GetMapping
    String start(Model model, HttpServletResponse response) {
        var form = new IntakeForm();
        return render(form, new BeanPropertyBindingResult(form, "form"), model, response);
    }

    @PostMapping
    String step(@ModelAttribute("posted") IntakeForm posted, BindingResult ignored,
            @RequestParam(name = "action", defaultValue = "next") String action,
            @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        var form = drafts.open(posted.getDraft()).orElseGet(IntakeForm::new);
        var step = drafts.open(posted.getDraft()).isPresent() ? posted.getStep() : 1;
        form.take(step, posted);
        form.setStep(step);
        if (form.getSubmissionKey() == null) {
            var key = new byte[16];
            RANDOM.nextBytes(key);
            form.setSubmissionKey(Base64.getUrlEncoder().withoutPadding().encodeToString(key));
        }
        var errors = new BeanPropertyBindingResult(form, "form");
        switch (action) {
            case "back" -> form.setStep(step - 1);
            case "search" -> form.setStep(2);
            case "send" -> {
                return send(form, errors, files, request, response, model);
            }
            default -> {
                if (validStep(form, step, errors)) {
                    form.setStep(step + 1);
                }
            }
        }
        return render(form, errors, model, response);
    }

    private String send(IntakeForm form, BindingResult errors, @Nullable List<MultipartFile> files,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        for (var step = 1; step < IntakeForm.STEPS; step++) {
            if (!validStep(form, step, errors)) {
                form.setStep(step);
                return render(form, errors, model, response);
            }
        }
        complaints.takeSubmissionAllowance(clients.of(request));
        try {
            var submission = complaints.submit(toCommand(form, files), "web:" + form.getSubmissionKey());
            response.setHeader("Cache-Control", "no-store");
            model.addAttribute("receipt", submission.receipt());
            model.addAttribute("acknowledgementWorkingDays", complaints.acknowledgementWorkingDays());
            return "complaint/receipt";
        } catch (ComplaintRefused refused) {
            FormErrors.reject(errors, refused);
            form.setStep(IntakeForm.STEPS);
            return render(form, errors, model, response);
        }
    }

    private boolean validStep(IntakeForm form, int step, BindingResult errors) {
        return validStep(validator, form, step, errors, this::chosenCompany);
    }

    /** The checks of one step: bean validation of its group, then the rules across fields. */
    static boolean validStep(SmartValidator validator, IntakeForm form, int step, BindingResult errors,
            Function<IntakeForm, @Nullable OrganisationId> chosenCompany) {
        var before = errors.getErrorCount();
        if (step < IntakeForm.STEPS) {
            validator.validate(form, errors, IntakeForm.group(step));
        }
        if (step == 1 && form.getContact() != null && form.getContact().givesIdentity()
                && blank(form.getName()) && blank(form.getEmail()) && blank(form.getPhone())) {
            errors.rejectValue("name", "complaint.error.identity-needed");
        }
        if (step == 2) {
            var chosen = chosenCompany.apply(form);
            if (chosen == null && blank(form.getCompanyDescription())) {
                errors.rejectValue("companyDescription", "complaint.error.company-needed");
            }
        }
        if (step == 3 && !blank(form.getCountry()) && !CountryCode.isKnown(form.getCountry())) {
            errors.rejectValue("country", "complaint.error.country");
        }
        return errors.getErrorCount() == before;
    }

    private @Nullable OrganisationId chosenCompany(IntakeForm form) {
        if (blank(form.getCompanyId())) {
            return null;
        }
        try {
            var id = OrganisationId.of(form.getCompanyId());
            return complaints.company(id).isPresent() ? id : null;
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    private SubmitComplaint toCommand(IntakeForm form, @Nullable List<MultipartFile> files) {
        return command(form, chosenCompany(form), Language.of(LocaleContextHolder.getLocale()), incoming(files));
    }

    /** The complaint a form describes once every step is valid (see {@link #validStep}). */
    static SubmitComplaint command(IntakeForm form, @Nullable OrganisationId company, Language language,
            List<IncomingFile> files) {
        var identity = new ComplainantIdentity(trim(form.getName()), trim(form.getEmail()), trim(form.getPhone()),
                trim(form.getOrganisation()));
        var narrative = new ComplaintNarrative(trim(form.getCompanyDescription()), form.getDescription(),
                trim(form.getWhen()), trim(form.getPlace()), trim(form.getHarm()), form.getGrievanceRaised(),
                trim(form.getGrievanceOutcome()), trim(form.getRemedySought()));
        return new SubmitComplaint(Channel.ONLINE, form.getRole(), form.getContact(), identity, company,
                form.getCategory(), blank(form.getCountry()) ? null : new CountryCode(form.getCountry()), narrative,
                language, files);
    }

    static List<IncomingFile> incoming(@Nullable List<MultipartFile> files) {
        var result = new ArrayList<IncomingFile>();
        if (files == null) {
            return result;
        }
        if (files.stream().filter(f -> !f.isEmpty()).count() > SubmitComplaint.MAX_FILES) {
            throw new ComplaintRefused("complaint.files.too-many", SubmitComplaint.MAX_FILES);
        }
        for (var file : files) {
            if (!file.isEmpty()) {
                try {
                    result.add(new IncomingFile(String.valueOf(file.getOriginalFilename()), file.getBytes()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return result;
    }

    private String render(IntakeForm form, BindingResult errors, Model model, HttpServletResponse response) {
        if (errors.hasErrors()) {
            response.setStatus(422);
        }
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("form", form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
        model.addAttribute("sealedDraft", drafts.seal(form));
        model.addAttribute("steps", IntakeForm.STEPS);
        model.addAttribute("roles", ComplainantRole.values());
        model.addAttribute("contacts", ContactPreference.values());
        model.addAttribute("categories", ComplaintCategory.values());
        model.addAttribute("grievanceAnswers", GrievanceRaised.values());
        model.addAttribute("countries", countries(LocaleContextHolder.getLocale()));
        model.addAttribute("companies", form.getStep() == 2 && !blank(form.getCompanyQuery())
                ? complaints.searchCompanies(form.getCompanyQuery()) : List.of());
        var chosen = chosenCompany(form);
        model.addAttribute("chosenCompany", chosen == null ? null : complaints.company(chosen).orElse(null));
        return "complaint/intake";
    }

    static List<CountryOption> countries(Locale locale) {
        return CountryCode.all().stream().map(code -> new CountryOption(code, new CountryCode(code).displayName(locale)))
                .sorted(Comparator.comparing(CountryOption::name)).toList();
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    private static @Nullable String trim(@Nullable String text) {
        return blank(text) ? null : text.strip();
    }
}
