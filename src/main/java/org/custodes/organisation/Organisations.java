package org.custodes.organisation;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.custodes.shared.CountryCode;
import org.custodes.shared.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The organisation table, read and written with plain SQL. */
@Repository
class Organisations {

    private final JdbcClient jdbc;

    Organisations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, RegisterOrganisation command, Instant now) {
        jdbc.sql("""
                insert into organisation.organisation (id, version, kind, legal_name, short_name,
                    country_of_registration, countries_of_operation, services, website, created_at, updated_at)
                values (:id, 0, :kind, :legalName, :shortName, :country, :countries, :services, :website, :now, :now)
                """)
                .param("id", id)
                .param("kind", command.kind().name())
                .param("legalName", command.legalName())
                .param("shortName", command.shortName())
                .param("country", command.countryOfRegistration().value())
                .param("countries", command.countriesOfOperation().stream().map(CountryCode::value).sorted().toArray(String[]::new))
                .param("services", command.services().stream().map(Enum::name).sorted().toArray(String[]::new))
                .param("website", command.website())
                .param("now", java.sql.Timestamp.from(now))
                .update();
    }

    Optional<OrganisationSummary> find(UUID id) {
        return jdbc.sql("select * from organisation.organisation where id = :id").param("id", id)
                .query(Organisations::summary).optional();
    }

    Optional<OrganisationSummary> findByLegalName(String legalName) {
        return jdbc.sql("select * from organisation.organisation where lower(legal_name) = lower(:name)")
                .param("name", legalName).query(Organisations::summary).optional();
    }

    java.util.List<OrganisationSummary> searchByName(OrganisationKind kind, String text, int limit) {
        var pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql("""
                select * from organisation.organisation
                where kind = :kind and (legal_name ilike :pattern or short_name ilike :pattern)
                order by legal_name limit :limit
                """).param("kind", kind.name()).param("pattern", pattern).param("limit", limit)
                .query(Organisations::summary).list();
    }

    static OrganisationSummary summary(ResultSet row, int number) throws SQLException {
        return new OrganisationSummary(
                new OrganisationId(row.getObject("id", UUID.class)),
                OrganisationKind.valueOf(row.getString("kind")),
                row.getString("legal_name"),
                row.getString("short_name"),
                new CountryCode(row.getString("country_of_registration")),
                strings(row.getArray("countries_of_operation")).stream().map(CountryCode::new).collect(Collectors.toUnmodifiableSet()),
                strings(row.getArray("services")).stream().map(SecurityService::valueOf).collect(Collectors.toUnmodifiableSet()),
                row.getString("website"));
    }

    private static java.util.List<String> strings(Array array) throws SQLException {
        return array == null ? java.util.List.of() : Arrays.asList((String[]) array.getArray());
    }
}
