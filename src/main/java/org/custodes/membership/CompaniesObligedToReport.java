package org.custodes.membership;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.custodes.reporting.ReportingObligation;
import org.custodes.shared.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Member, certified member and affiliate companies must report every year; a suspended company still belongs to
 * the association and must too, while applicants and those that left do not.
 */
@Component
class CompaniesObligedToReport implements ReportingObligation {

    private final JdbcClient jdbc;

    CompaniesObligedToReport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<OrganisationId> companiesObligedToReport() {
        return jdbc.sql("""
                select organisation_id from membership.membership
                where pillar = 'COMPANY' and status in ('MEMBER', 'CERTIFIED_MEMBER', 'AFFILIATE', 'SUSPENDED')
                """).query((row, n) -> new OrganisationId(row.getObject(1, UUID.class))).list()
                .stream().collect(Collectors.toUnmodifiableSet());
    }
}
