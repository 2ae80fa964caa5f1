package org.custodes.membership.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.custodes.membership.dues.InvoiceId;
import org.custodes.membership.dues.InvoiceSummary;
import org.custodes.membership.MembershipService;
import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Dues as JSON: a member's invoices, annual dues, payments, the PDF and the non-payment proposals. */
@RestController
@RequestMapping("/api/v1/membership")
class InvoiceApiController {

    private final MembershipService membership;

    InvoiceApiController(MembershipService membership) {
        this.membership = membership;
    }

    record IssueAnnualDueRequest(@NotNull(message = "{membership.form.required}") @Min(2000) @Max(2200) @Nullable Integer year,
            @NotBlank(message = "{membership.form.required}") @Size(max = 50, message = "{membership.form.too-long}") @Nullable String band) {
    }

    record RecordPaymentRequest(@NotNull(message = "{membership.form.required}") @Nullable LocalDate paidOn) {
    }

    @GetMapping("/organisations/{organisation}/invoices")
    @PreAuthorize("hasAnyAuthority('membership:read', 'membership:apply')")
    @Operation(summary = "A member's invoices (a company: its own only)")
    List<InvoiceSummary> ofOrganisation(@PathVariable UUID organisation) {
        return membership.invoicesOf(new OrganisationId(organisation));
    }

    @PostMapping("/organisations/{organisation}/invoices")
    @PreAuthorize("hasAuthority('membership:review')")
    @Operation(summary = "Issue a member's annual due for a year, at the amount of its revenue band")
    ResponseEntity<InvoiceSummary> issue(@PathVariable UUID organisation,
            @Valid @RequestBody IssueAnnualDueRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(membership.issueAnnualDue(
                new OrganisationId(organisation), request.year(), request.band()));
    }

    @GetMapping("/invoices/non-payment-proposals")
    @PreAuthorize("hasAuthority('membership:read')")
    @Operation(summary = "Invoices overdue long enough to propose termination for non-payment")
    List<InvoiceSummary> nonPaymentProposals() {
        return membership.nonPaymentProposals();
    }

    @GetMapping("/invoices/{id}")
    @PreAuthorize("hasAnyAuthority('membership:read', 'membership:apply')")
    @Operation(summary = "An invoice (a company: its own only)")
    InvoiceSummary get(@PathVariable UUID id) {
        return membership.invoice(new InvoiceId(id));
    }

    @PostMapping("/invoices/{id}/payment")
    @PreAuthorize("hasAuthority('membership:review')")
    @Operation(summary = "Record the payment of an invoice")
    InvoiceSummary pay(@PathVariable UUID id, @Valid @RequestBody RecordPaymentRequest request) {
        return membership.recordPayment(new InvoiceId(id), request.paidOn());
    }

    @GetMapping("/invoices/{id}/pdf")
    @PreAuthorize("hasAnyAuthority('membership:read', 'membership:apply')")
    @Operation(summary = "The invoice as a PDF in the caller's language (a company: its own only)")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
        var document = membership.invoicePdf(new InvoiceId(id), LocaleContextHolder.getLocale());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(document.filename()).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(document.content());
    }
}
