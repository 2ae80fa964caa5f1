package org.custodes.organisation;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.custodes.shared.CountryCode;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.PageQuery;
import org.custodes.shared.PageResult;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The organisation and contact tables, read and written with plain SQL. */
@Repository
class Organisations {

    private final JdbcClient jdbc;

    Organisations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, OrganisationProfile profile, Instant now) {
        jdbc.sql("""
                insert into organisation.organisation (id, version, kind, legal_name, short_name,
                    country_of_registration, countries_of_operation, services, website, created_at, updated_at)
                values (:id, 0, :kind, :legalName, :shortName, :country, :countries, :services, :website, :now, :now)
                """)
                .param("id", id)
                .params(facts(profile))
                .param("now", Timestamp.from(now))
                .update();
    }

    /** Writes new facts if the organisation is still at {@code expectedVersion} (any version when null). */
    boolean update(UUID id, OrganisationProfile profile, @Nullable Long expectedVersion, Instant now) {
        return jdbc.sql("""
                update organisation.organisation
                set version = version + 1, kind = :kind, legal_name = :legalName, short_name = :shortName,
                    country_of_registration = :country, countries_of_operation = :countries, services = :services,
                    website = :website, updated_at = :now
                where id = :id and (cast(:expected as bigint) is null or version = :expected)
                """)
                .param("id", id)
                .params(facts(profile))
                .param("expected", expectedVersion, java.sql.Types.BIGINT)
                .param("now", Timestamp.from(now))
                .update() == 1;
    }

    /** Legal names by id, in one query however many ids. */
    java.util.Map<UUID, String> legalNames(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        var names = new java.util.HashMap<UUID, String>();
        jdbc.sql("select id, legal_name from organisation.organisation where id = any(:ids)")
                .param("ids", ids.toArray(UUID[]::new))
                .query((row, n) -> names.put(row.getObject("id", UUID.class), row.getString("legal_name"))).list();
        return names;
    }

    java.util.List<OrganisationSummary> summaries(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return java.util.List.of();
        }
        return jdbc.sql("select * from organisation.organisation where id = any(:ids)")
                .param("ids", ids.toArray(UUID[]::new)).query(Organisations::summary).list();
    }

    Optional<OrganisationSummary> find(UUID id) {
        return jdbc.sql("select * from organisation.organisation where id = :id").param("id", id)
                .query(Organisations::summary).optional();
    }

    Optional<OrganisationDetails> details(UUID id) {
        record Row(OrganisationSummary summary, long version, Instant createdAt, Instant updatedAt) {
        }
        return jdbc.sql("select * from organisation.organisation where id = :id").param("id", id)
                .query((row, n) -> new Row(summary(row, n), row.getLong("version"),
                        row.getTimestamp("created_at").toInstant(), row.getTimestamp("updated_at").toInstant()))
                .optional()
                .map(row -> new OrganisationDetails(row.summary(), contacts(id), row.version(), row.createdAt(),
                        row.updatedAt()));
    }

    Optional<OrganisationSummary> findByLegalName(String legalName) {
        return jdbc.sql("select * from organisation.organisation where lower(legal_name) = lower(:name)")
                .param("name", legalName.strip()).query(Organisations::summary).optional();
    }

    PageResult<OrganisationSummary> search(OrganisationSearch search, PageQuery page) {
        var conditions = new ArrayList<String>();
        var params = new HashMap<String, Object>();
        if (search.name() != null) {
            // Only fixed SQL fragments are joined; every value the user typed is a bound parameter.
            conditions.add(NameFolding.sql("legal_name || ' ' || short_name") + " like :name escape '\\'");
            params.put("name", "%" + likeLiteral(NameFolding.fold(search.name())) + "%");
            params.put("foldFrom", NameFolding.FROM);
            params.put("foldTo", NameFolding.TO);
        }
        if (search.kind() != null) {
            conditions.add("kind = :kind");
            params.put("kind", search.kind().name());
        }
        if (search.countryOfOperation() != null) {
            conditions.add(":country = any(countries_of_operation)");
            params.put("country", search.countryOfOperation().value());
        }
        if (search.service() != null) {
            conditions.add(":service = any(services)");
            params.put("service", search.service().name());
        }
        var where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        var total = jdbc.sql("select count(*) from organisation.organisation" + where).params(params)
                .query(Long.class).single();
        var items = jdbc.sql("select * from organisation.organisation" + where
                        + " order by lower(legal_name), id limit :limit offset :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query(Organisations::summary).list();
        return PageResult.of(items, page, total);
    }

    void insertContact(UUID id, UUID organisation, NewContact contact) {
        jdbc.sql("""
                insert into organisation.contact (id, organisation_id, name, role, email, phone)
                values (:id, :organisation, :name, :role, :email, :phone)
                """)
                .param("id", id).param("organisation", organisation).param("name", contact.name())
                .param("role", contact.role()).param("email", contact.email()).param("phone", contact.phone())
                .update();
    }

    boolean deleteContact(UUID organisation, UUID contact) {
        return jdbc.sql("delete from organisation.contact where id = :id and organisation_id = :organisation")
                .param("id", contact).param("organisation", organisation).update() == 1;
    }

    void touch(UUID id, Instant now) {
        jdbc.sql("update organisation.organisation set version = version + 1, updated_at = :now where id = :id")
                .param("id", id).param("now", Timestamp.from(now)).update();
    }

    private List<Contact> contacts(UUID organisation) {
        return jdbc.sql("select * from organisation.contact where organisation_id = :id order by lower(name), id")
                .param("id", organisation)
                .query((row, n) -> new Contact(new ContactId(row.getObject("id", UUID.class)), row.getString("name"),
                        row.getString("role"), row.getString("email"), row.getString("phone")))
                .list();
    }

    private static Map<String, Object> facts(OrganisationProfile profile) {
        var facts = new HashMap<String, Object>();
        facts.put("kind", profile.kind().name());
        facts.put("legalName", profile.legalName());
        facts.put("shortName", profile.shortName());
        facts.put("country", profile.countryOfRegistration().value());
        facts.put("countries", profile.countriesOfOperation().stream().map(CountryCode::value).sorted().toArray(String[]::new));
        facts.put("services", profile.services().stream().map(Enum::name).sorted().toArray(String[]::new));
        facts.put("website", profile.website());
        return facts;
    }

    private static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
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

    private static List<String> strings(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
