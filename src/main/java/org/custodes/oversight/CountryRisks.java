package org.custodes.oversight;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.custodes.shared.CountryCode;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The secretariat's country-risk list, one row per country, with explicit optimistic locking. */
@Repository
class CountryRisks {

    private final JdbcClient jdbc;

    CountryRisks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CountryRisk> all() {
        return jdbc.sql("select * from oversight.country_risk order by region, country").query(CountryRisks::risk)
                .list();
    }

    Map<CountryCode, CountryRisk> byCountry() {
        var risks = new LinkedHashMap<CountryCode, CountryRisk>();
        all().forEach(risk -> risks.put(risk.country(), risk));
        return risks;
    }

    Optional<CountryRisk> find(CountryCode country) {
        return jdbc.sql("select * from oversight.country_risk where country = :country")
                .param("country", country.value()).query(CountryRisks::risk).optional();
    }

    /**
     * Inserts the country (expected version -1) or updates it at the version the editor read; a stale version is a
     * concurrent change.
     */
    void save(CountryRisk risk, long expectedVersion, Instant now, @Nullable UUID by) {
        var updated = expectedVersion < 0 ? jdbc.sql("""
                insert into oversight.country_risk (country, region, risk, source, updated_at, updated_by, version)
                values (:country, :region, :risk, :source, :now, :by, 0) on conflict (country) do nothing
                """) : jdbc.sql("""
                update oversight.country_risk set region = :region, risk = :risk, source = :source, updated_at = :now,
                    updated_by = :by, version = version + 1
                where country = :country and version = :version
                """).param("version", expectedVersion);
        var rows = updated.param("country", risk.country().value()).param("region", risk.region())
                .param("risk", risk.risk()).param("source", risk.source()).param("now", Timestamp.from(now))
                .param("by", by).update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("country risk " + risk.country() + " was changed by someone else");
        }
    }

    private static CountryRisk risk(ResultSet row, int number) throws SQLException {
        return new CountryRisk(new CountryCode(row.getString("country")), row.getString("region"), row.getInt("risk"),
                row.getString("source"), row.getLong("version"));
    }
}
