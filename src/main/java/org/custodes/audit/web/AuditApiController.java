package org.custodes.audit.web;

import java.time.LocalDate;
import java.util.UUID;

import org.custodes.audit.AuditEntry;
import org.custodes.audit.AuditFilter;
import org.custodes.audit.AuditService;
import org.custodes.audit.ChainVerification;
import org.custodes.shared.PageQuery;
import org.custodes.shared.PageResult;
import org.custodes.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log for auditors' tools: search it, and have the chain verified. */
@RestController
@RequestMapping("/api/v1/audit")
class AuditApiController {

    private final AuditService audit;

    AuditApiController(AuditService audit) {
        this.audit = audit;
    }

    @GetMapping("/events")
    @PreAuthorize("hasAuthority('audit:read')")
    PageResult<AuditEntry> events(@RequestParam(required = false) @Nullable String action,
            @RequestParam(required = false) @Nullable String subject,
            @RequestParam(required = false) @Nullable UUID actor,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        var filter = new AuditFilter(action, subject, actor == null ? null : new UserId(actor), from, to);
        return audit.search(filter, new PageQuery(page, size));
    }

    @GetMapping("/verification")
    @PreAuthorize("hasAuthority('audit:verify')")
    ChainVerification verification() {
        return audit.verify();
    }
}
