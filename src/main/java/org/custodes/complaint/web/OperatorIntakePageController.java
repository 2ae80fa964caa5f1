package org.custodes.complaint.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import org.custodes.complaint.Channel;
import org.custodes.complaint.ComplainantIdentity;
import org.custodes.complaint.ComplainantRole;
import org.custodes.complaint.ComplaintCategory;
import org.custodes.complaint.ComplaintNarrative;
import org.custodes.complaint.ComplaintReference;
import org.custodes.complaint.ComplaintService;
import org.custodes.complaint.ContactPreference;
import org.custodes.complaint.GrievanceRaised;
import org.custodes.complaint.SubmitComplaint;
import org.custodes.shared.CountryCode;
import org.custodes.shared.Language;
import org.custodes.shared.NotFound;
import org.custodes.shared.OrganisationId;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An officer or a civil-society intermediary records a complaint taken by phone, in person or on paper, and hands
 * the complainant a one-time receipt slip. The slip is made from what the page posts back; nothing is kept.
 */
@Controller
@RequestMapping("/complaints/intake")
@PreAuthorize("hasAuthority('complaint:intake')")
class OperatorIntakePageController {

    private final ComplaintService complaints;
    private final SmartValidator validator;
    private final MessageSource messages;

    OperatorIntakePageController(ComplaintService complaints, SmartValidator validator, MessageSource messages) {
        this.complaints = complaints;
        this.validator = validator;
        this.messages = messages;
    }

    @GetMapping
    String form(Model model) {
        return render(new IntakeForm(), Channel.PHONE, model);
    }

    @PostMapping
    String record(@ModelAttribute("form") IntakeForm form, BindingResult errors,
            @RequestParam(defaultValue = "PHONE") Channel channel, Model model, HttpServletResponse response) {
        for (var group : new Class<?>[] { IntakeForm.Who.class, IntakeForm.What.class, IntakeForm.Remedy.class }) {
            validator.validate(form, errors, group);
        }
        if (!channel.recordedByOperator()) {
            errors.reject("complaint.refused.channel");
        }
        OrganisationId company = null;
        if (form.getCompanyId() != null && !form.getCompanyId().isBlank()) {
            company = OrganisationId.of(form.getCompanyId());
        } else if (form.getCompanyDescription() == null || form.getCompanyDescription().isBlank()) {
            errors.rejectValue("companyDescription", "complaint.error.company-needed");
        }
        if (form.getCountry() != null && !form.getCountry().isBlank() && !CountryCode.isKnown(form.getCountry())) {
            errors.rejectValue("country", "complaint.error.country");
        }
        if (errors.hasErrors()) {
            response.setStatus(422);
            return render(form, channel, model);
        }
        var receipt = complaints.recordOnBehalf(new SubmitComplaint(channel, form.getRole(), form.getContact(),
                new ComplainantIdentity(form.getName(), form.getEmail(), form.getPhone(), form.getOrganisation()), company,
                form.getCategory(), form.getCountry() == null || form.getCountry().isBlank() ? null : new CountryCode(form.getCountry()),
                new ComplaintNarrative(form.getCompanyDescription(), form.getDescription(), form.getWhen(), form.getPlace(),
                        form.getHarm(), form.getGrievanceRaised(), form.getGrievanceOutcome(), form.getRemedySought()),
                Language.of(LocaleContextHolder.getLocale()), java.util.List.of()));
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("receipt", receipt);
        model.addAttribute("slip", true);
        model.addAttribute("acknowledgementWorkingDays", complaints.acknowledgementWorkingDays());
        return "complaint/receipt";
    }

    /** The one-time slip: checked against the case first, so it cannot print a receipt that opens nothing. */
    @PostMapping("/slip")
    ResponseEntity<byte[]> slip(@RequestParam String reference, @RequestParam String receipt) {
        ComplaintReference ref;
        try {
            ref = new ComplaintReference(reference);
        } catch (IllegalArgumentException e) {
            throw new NotFound("complaint", "slip");
        }
        if (!complaints.receiptMatches(ref, receipt)) {
            throw new NotFound("complaint", ref);
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(ref + ".pdf").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(slipPdf(ref, receipt, LocaleContextHolder.getLocale()));
    }

    byte[] slipPdf(ComplaintReference reference, String receipt, Locale locale) {
        var out = new ByteArrayOutputStream();
        // The PDF's built-in fonts cover Latin scripts only, so the slip is in English, French or Spanish.
        var language = Language.of(locale) == Language.AR ? Locale.ENGLISH : locale;
        try (var document = new Document(PageSize.A6)) {
            PdfWriter.getInstance(document, out);
            document.open();
            document.add(new Paragraph(text("complaint.slip.title", language), new Font(Font.HELVETICA, 14, Font.BOLD)));
            document.add(new Paragraph(text("complaint.receipt.reference", language) + ": " + reference));
            document.add(new Paragraph(text("complaint.receipt.receipt", language) + ":"));
            document.add(new Paragraph(receipt, new Font(Font.COURIER, 16, Font.BOLD)));
            document.add(new Paragraph(text("complaint.slip.keep", language), new Font(Font.HELVETICA, 9)));
        }
        return out.toByteArray();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private String render(IntakeForm form, Channel channel, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("channel", channel);
        model.addAttribute("channels", new Channel[] { Channel.PHONE, Channel.IN_PERSON, Channel.PAPER });
        model.addAttribute("roles", ComplainantRole.values());
        model.addAttribute("contacts", ContactPreference.values());
        model.addAttribute("categories", ComplaintCategory.values());
        model.addAttribute("grievanceAnswers", GrievanceRaised.values());
        model.addAttribute("countries", IntakePageController.countries(LocaleContextHolder.getLocale()));
        model.addAttribute("companies", complaints.allCompanies());
        return "complaint/operator-intake";
    }
}
