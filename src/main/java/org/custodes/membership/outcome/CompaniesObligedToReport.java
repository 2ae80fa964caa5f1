package org.custodes.membership.outcome;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.custodes.membership.MembershipStatus;
import org.custodes.reporting.ReportingObligation;
import org.custodes.shared.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every company that belongs to the association ({@link MembershipStatus#belongs()}: member, certified member,
 * affiliate, and suspended, as a suspended company still belongs) must report every year; applicants and those that
 * left do not.
 */
@Component
class CompaniesObligedToReport implements ReportingObligation {

    private static final List<String> BELONGING = Arrays.stream(MembershipStatus.values())
            .filter(MembershipStatus::belongs).map(MembershipStatus::name).toList();

    private final JdbcClient jdbc;

    CompaniesObligedToReport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<OrganisationId> companiesObligedToReport() {
        return jdbc.sql("""
                select organisation_id from membership.membership
                where pillar = 'COMPANY' and status in (:statuses)
                """).param("statuses", BELONGING).query((row, n) -> new OrganisationId(row.getObject(1, UUID.class))).list()
                .stream().collect(Collectors.toUnmodifiableSet());
    }
}
