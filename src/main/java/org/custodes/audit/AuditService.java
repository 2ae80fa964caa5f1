package org.custodes.audit;

import org.custodes.shared.PageQuery;
import org.custodes.shared.PageResult;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading and verifying the audit log. Nothing outside this module writes it: events do, through the recorder. */
@Service
@Transactional(readOnly = true)
public class AuditService {

    private final AuditEvents events;
    private final ChainVerifier verifier;

    AuditService(AuditEvents events, ChainVerifier verifier) {
        this.events = events;
        this.verifier = verifier;
    }

    /** The rows that match, newest first. */
    @PreAuthorize("hasAuthority('audit:read')")
    public PageResult<AuditEntry> search(AuditFilter filter, PageQuery page) {
        return events.search(filter, page);
    }

    @PreAuthorize("hasAuthority('audit:verify')")
    public ChainVerification verify() {
        return verifier.verify();
    }
}
