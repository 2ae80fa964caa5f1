package org.custodes.membership.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.custodes.membership.dues.InvoiceId;
import org.custodes.membership.MembershipService;
import org.custodes.shared.BusinessRuleViolation;
import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Dues: the invoice PDF for the member and the secretariat, issuing annual dues and recording payments. */
@Controller
class InvoicePageController {

    private final MembershipService membership;

    InvoicePageController(MembershipService membership) {
        this.membership = membership;
    }

    record AnnualDueForm(@NotNull @Min(2000) @Max(2200) @Nullable Integer year, @NotBlank @Nullable String band) {
    }

    record PaymentForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate paidOn) {
    }

    @GetMapping("/membership/invoices/{id}/pdf")
    @PreAuthorize("hasAnyAuthority('membership:read', 'membership:apply')")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
        var document = membership.invoicePdf(new InvoiceId(id), LocaleContextHolder.getLocale());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(document.filename()).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(document.content());
    }

    @PostMapping("/membership/members/{organisation}/invoices")
    @PreAuthorize("hasAuthority('membership:review')")
    String issue(@PathVariable UUID organisation, @Valid AnnualDueForm form, BindingResult errors,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("invoiceError", "membership.form.required");
        } else {
            try {
                membership.issueAnnualDue(new OrganisationId(organisation), form.year(), form.band());
            } catch (BusinessRuleViolation violation) {
                redirect.addFlashAttribute("invoiceError", violation.messageKey());
                redirect.addFlashAttribute("invoiceErrorArguments", violation.arguments());
            }
        }
        return "redirect:/membership/members/" + organisation + "#invoices";
    }

    @PostMapping("/membership/invoices/{id}/payment")
    @PreAuthorize("hasAuthority('membership:review')")
    String pay(@PathVariable UUID id, @RequestParam UUID organisation, @Valid PaymentForm form, BindingResult errors,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("invoiceError", "membership.form.required");
        } else {
            try {
                membership.recordPayment(new InvoiceId(id), form.paidOn());
            } catch (BusinessRuleViolation violation) {
                redirect.addFlashAttribute("invoiceError", violation.messageKey());
                redirect.addFlashAttribute("invoiceErrorArguments", violation.arguments());
            }
        }
        return "redirect:/membership/members/" + organisation + "#invoices";
    }
}
