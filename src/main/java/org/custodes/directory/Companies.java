package org.custodes.directory;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.custodes.membership.MembershipStatus;
import org.custodes.membership.SanctionStep;
import org.custodes.organisation.OrganisationSummary;
import org.custodes.organisation.SecurityService;
import org.custodes.shared.CountryCode;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.PageQuery;
import org.custodes.shared.PageResult;
import org.custodes.shared.ReadReplica;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The directory's read tables: companies, the facts received about them and their dated standing history. */
@Repository
class Companies {

    private static final String LISTING_COLUMNS = """
            organisation_id, legal_name, short_name, country_of_registration, countries_of_operation, services,
            standing, standing_since, corrective_action_open""";

    private static final String AS_OF = """
            select c.legal_name, p.standing, p.standing_since, p.corrective_action_open
            from directory.company c
            left join lateral (select standing, standing_since, corrective_action_open from directory.standing_period
                where organisation_id = c.organisation_id and valid_from <= ?
                order by valid_from desc limit 1) p on true
            where c.organisation_id = ?""";

    private final JdbcClient jdbc;
    private final JdbcTemplate plain;
    private final VerificationCache verifications;
    /** The public reads (directory, profile, history, verification): on the replica when there is one. */
    private final ReadReplica replica;

    Companies(JdbcClient jdbc, JdbcTemplate plain, VerificationCache verifications, ReadReplica replica) {
        this.jdbc = jdbc;
        this.plain = plain;
        this.verifications = verifications;
        this.replica = replica;
    }

    /** Adds the company or refreshes its facts; its standing is left as it is. */
    void upsert(OrganisationSummary company, Instant now) {
        jdbc.sql("""
                insert into directory.company (organisation_id, legal_name, short_name, search_text,
                    country_of_registration, countries_of_operation, services, website, standing, updated_at)
                values (:id, :legalName, :shortName, :search, :country, :countries, :services, :website, 'NOT_A_MEMBER', :now)
                on conflict (organisation_id) do update set legal_name = excluded.legal_name,
                    short_name = excluded.short_name, search_text = excluded.search_text,
                    country_of_registration = excluded.country_of_registration,
                    countries_of_operation = excluded.countries_of_operation, services = excluded.services,
                    website = excluded.website, updated_at = excluded.updated_at
                """)
                .param("id", company.id().value())
                .param("legalName", company.legalName())
                .param("shortName", company.shortName())
                .param("search", (company.legalName() + " " + company.shortName()).toLowerCase(Locale.ROOT))
                .param("country", company.countryOfRegistration().value())
                .param("countries", company.countriesOfOperation().stream().map(CountryCode::value).sorted().toArray(String[]::new))
                .param("services", company.services().stream().map(Enum::name).sorted().toArray(String[]::new))
                .param("website", company.website())
                .param("now", Timestamp.from(now))
                .update();
        verifications.evictWhenTransactionEnds();
    }

    /** Locks the company's row so that facts about one company are applied one at a time; false if unknown. */
    boolean lock(OrganisationId company) {
        return jdbc.sql("select 1 from directory.company where organisation_id = :id for update")
                .param("id", company.value()).query(Integer.class).optional().isPresent();
    }

    boolean recordMembership(OrganisationId company, String fingerprint, @Nullable MembershipStatus previous,
            MembershipStatus current, LocalDate effectiveOn, Instant now) {
        return jdbc.sql("""
                insert into directory.membership_fact (organisation_id, fingerprint, previous_status, current_status,
                    effective_on, recorded_at)
                values (:id, :fingerprint, :previous, :current, :on, :now)
                on conflict (fingerprint) do nothing
                """)
                .param("id", company.value()).param("fingerprint", fingerprint)
                .param("previous", previous == null ? null : previous.name()).param("current", current.name())
                .param("on", Date.valueOf(effectiveOn)).param("now", Timestamp.from(now))
                .update() == 1;
    }

    boolean recordSanction(OrganisationId company, String fingerprint, String caseReference, SanctionStep step,
            LocalDate decidedOn, @Nullable LocalDate dueOn, boolean resolved, Instant now) {
        return jdbc.sql("""
                insert into directory.sanction_fact (organisation_id, fingerprint, case_reference, step, decided_on,
                    due_on, resolved, recorded_at)
                values (:id, :fingerprint, :case, :step, :on, :due, :resolved, :now)
                on conflict (fingerprint) do nothing
                """)
                .param("id", company.value()).param("fingerprint", fingerprint).param("case", caseReference)
                .param("step", step.name()).param("on", Date.valueOf(decidedOn))
                .param("due", dueOn == null ? null : Date.valueOf(dueOn)).param("resolved", resolved)
                .param("now", Timestamp.from(now))
                .update() == 1;
    }

    List<StandingFact> facts(OrganisationId company) {
        var facts = new ArrayList<StandingFact>();
        facts.addAll(jdbc.sql("""
                select sequence, effective_on, current_status from directory.membership_fact where organisation_id = :id
                """).param("id", company.value())
                .query((row, n) -> new StandingFact.MembershipChange(row.getLong("sequence"),
                        row.getDate("effective_on").toLocalDate(), MembershipStatus.valueOf(row.getString("current_status"))))
                .list());
        facts.addAll(jdbc.sql("""
                select sequence, decided_on, case_reference, step, resolved from directory.sanction_fact
                where organisation_id = :id
                """).param("id", company.value())
                .query((row, n) -> new StandingFact.SanctionDecision(row.getLong("sequence"),
                        row.getDate("decided_on").toLocalDate(), row.getString("case_reference"),
                        SanctionStep.valueOf(row.getString("step")), row.getBoolean("resolved")))
                .list());
        return facts;
    }

    void replaceHistory(OrganisationId company, List<StandingPeriod> periods) {
        jdbc.sql("delete from directory.standing_period where organisation_id = :id").param("id", company.value()).update();
        for (var period : periods) {
            jdbc.sql("""
                    insert into directory.standing_period (organisation_id, valid_from, standing, standing_since,
                        corrective_action_open)
                    values (:id, :from, :standing, :since, :open)
                    """)
                    .param("id", company.value()).param("from", Date.valueOf(period.validFrom()))
                    .param("standing", period.standing().name()).param("since", Date.valueOf(period.standingSince()))
                    .param("open", period.correctiveActionOpen())
                    .update();
        }
        verifications.evictWhenTransactionEnds();
    }

    /** The standing shown today, as the company row holds it. */
    Optional<CurrentStanding> current(OrganisationId company) {
        return jdbc.sql("""
                select standing, standing_since, corrective_action_open, current_period_from
                from directory.company where organisation_id = :id
                """).param("id", company.value())
                .query((row, n) -> new CurrentStanding(Standing.valueOf(row.getString("standing")),
                        localDate(row.getDate("standing_since")), row.getBoolean("corrective_action_open"),
                        localDate(row.getDate("current_period_from"))))
                .optional();
    }

    void showCurrent(OrganisationId company, CurrentStanding current, Instant now) {
        jdbc.sql("""
                update directory.company set standing = :standing, standing_since = :since,
                    corrective_action_open = :open, current_period_from = :from, updated_at = :now
                where organisation_id = :id
                """)
                .param("id", company.value()).param("standing", current.standing().name())
                .param("since", current.since() == null ? null : Date.valueOf(current.since()))
                .param("open", current.correctiveActionOpen())
                .param("from", current.periodFrom() == null ? null : Date.valueOf(current.periodFrom()))
                .param("now", Timestamp.from(now))
                .update();
        verifications.evictWhenTransactionEnds();
    }

    /** Companies whose history has a period that began after the one shown, on or before {@code today}. */
    List<OrganisationId> withPeriodDue(LocalDate today) {
        return jdbc.sql("""
                select c.organisation_id from directory.company c
                where exists (select 1 from directory.standing_period p where p.organisation_id = c.organisation_id
                    and p.valid_from <= :today
                    and (c.current_period_from is null or p.valid_from > c.current_period_from))
                """).param("today", Date.valueOf(today))
                .query((row, n) -> new OrganisationId(row.getObject(1, UUID.class))).list();
    }

    /**
     * One indexed query: the company and the history row in force at the end of {@code day}. Plain JDBC with
     * positional parameters, as this is the verification endpoint's hot path.
     */
    Optional<StandingAsOf> asOf(OrganisationId company, LocalDate day) {
        return replica.plain().query(AS_OF, statement -> {
            statement.setObject(1, day);
            statement.setObject(2, company.value());
        }, (row, n) -> {
            var standing = row.getString(2);
            return new StandingAsOf(company, row.getString(1),
                    standing == null ? Standing.NOT_A_MEMBER : Standing.valueOf(standing),
                    localDate(row.getDate(3)), row.getBoolean(4), day);
        }).stream().findFirst();
    }

    List<StandingPeriod> history(OrganisationId company) {
        return history(jdbc, company);
    }

    /** The history as the public sees it, read on the replica when there is one (never for a change). */
    List<StandingPeriod> publicHistory(OrganisationId company) {
        return history(replica.jdbc(), company);
    }

    private static List<StandingPeriod> history(JdbcClient jdbc, OrganisationId company) {
        return jdbc.sql("""
                select valid_from, standing, standing_since, corrective_action_open from directory.standing_period
                where organisation_id = :id order by valid_from
                """).param("id", company.value())
                .query((row, n) -> new StandingPeriod(row.getDate("valid_from").toLocalDate(),
                        Standing.valueOf(row.getString("standing")), row.getDate("standing_since").toLocalDate(),
                        row.getBoolean("corrective_action_open")))
                .list();
    }

    /** One page of the directory in one query: the window count carries the total. */
    PageResult<CompanyListing> search(DirectorySearch search, PageQuery page) {
        var where = new ArrayList<String>();
        Map<String, Object> params = new HashMap<>();
        if (search.name() != null) {
            where.add("search_text like :name escape '\\'");
            params.put("name", "%" + search.name().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (search.country() != null) {
            where.add("countries_of_operation @> array[cast(:country as text)]");
            params.put("country", search.country().value());
        }
        if (search.service() != null) {
            where.add("services @> array[cast(:service as text)]");
            params.put("service", search.service().name());
        }
        if (search.standing() != null) {
            where.add("standing = :standing");
            params.put("standing", search.standing().name());
        }
        var filter = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        params.put("limit", page.size());
        params.put("offset", page.offset());
        long[] total = { 0 };
        var items = replica.jdbc().sql("select " + LISTING_COLUMNS + ", count(*) over () as total from directory.company" + filter
                        + " order by lower(legal_name), organisation_id limit :limit offset :offset")
                .params(params)
                .query((row, n) -> {
                    total[0] = row.getLong("total");
                    return listing(row);
                })
                .list();
        if (items.isEmpty() && page.page() > 0) {
            total[0] = replica.jdbc().sql("select count(*) from directory.company" + filter).params(params).query(Long.class).single();
        }
        return PageResult.of(items, page, total[0]);
    }

    Optional<CompanyProfile> profile(OrganisationId company) {
        return replica.jdbc().sql("select " + LISTING_COLUMNS + ", website, grievance_mechanism_url from directory.company"
                        + " where organisation_id = :id")
                .param("id", company.value())
                .query((row, n) -> new CompanyProfile(listing(row), row.getString("website"),
                        row.getString("grievance_mechanism_url"), List.of()))
                .optional();
    }

    List<CountryCode> countriesInUse() {
        return replica.jdbc().sql("select distinct unnest(countries_of_operation) from directory.company")
                .query(String.class).list().stream().map(CountryCode::new).toList();
    }

    Optional<String> legalName(OrganisationId company) {
        return jdbc.sql("select legal_name from directory.company where organisation_id = :id")
                .param("id", company.value()).query(String.class).optional();
    }

    private static CompanyListing listing(ResultSet row) throws SQLException {
        return new CompanyListing(new OrganisationId(row.getObject("organisation_id", UUID.class)),
                row.getString("legal_name"), row.getString("short_name"),
                new CountryCode(row.getString("country_of_registration")),
                strings(row.getArray("countries_of_operation")).stream().map(CountryCode::new).toList(),
                strings(row.getArray("services")).stream().map(SecurityService::valueOf).toList(),
                Standing.valueOf(row.getString("standing")), localDate(row.getDate("standing_since")),
                row.getBoolean("corrective_action_open"));
    }

    private static List<String> strings(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static @Nullable LocalDate localDate(@Nullable Date date) {
        return date == null ? null : date.toLocalDate();
    }

    /** The standing a company row shows, and the history row it came from (null before any history). */
    record CurrentStanding(Standing standing, @Nullable LocalDate since, boolean correctiveActionOpen,
            @Nullable LocalDate periodFrom) {

        static CurrentStanding of(@Nullable StandingPeriod period) {
            return period == null ? new CurrentStanding(Standing.NOT_A_MEMBER, null, false, null)
                    : new CurrentStanding(period.standing(), period.standingSince(), period.correctiveActionOpen(),
                            period.validFrom());
        }

        boolean sameStandingAs(CurrentStanding other) {
            return standing == other.standing && correctiveActionOpen == other.correctiveActionOpen;
        }
    }
}
