package org.custodes.training.personnel;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.custodes.shared.Language;
import org.custodes.shared.OrganisationId;
import org.custodes.training.LearnerId;
import org.custodes.training.LearnerKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Enrolled personnel, their access codes and the personnel count per company. */
@Repository
public class Learners {

    /** Crockford's base 32 without I, L, O, U: readable aloud and on a printed card. */
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    public static final int CODE_LENGTH = 10;

    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();

    Learners(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean numberTaken(OrganisationId organisation, String personnelNumber) {
        return jdbc.sql("select count(*) from training.learner where organisation_id = :org and personnel_number = :number")
                .param("org", organisation.value()).param("number", personnelNumber).query(Long.class).single() > 0;
    }

    public UUID enrol(EnrolPerson command, Instant now) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into training.learner (organisation_id, learner_id, full_name, personnel_number, phone, language, enrolled_at)
                values (:org, :id, :name, :number, :phone, :language, :now)
                """).param("org", command.organisation().value()).param("id", id).param("name", command.fullName())
                .param("number", command.personnelNumber()).param("phone", command.phone())
                .param("language", command.language().name()).param("now", Timestamp.from(now)).update();
        jdbc.sql("""
                insert into training.personnel_count (organisation_id, personnel) values (:org, 1)
                on conflict (organisation_id) do update set personnel = training.personnel_count.personnel + 1
                """).param("org", command.organisation().value()).update();
        return id;
    }

    /** Where a person enrolled one by one works and what they do (a personnel file gives these at enrolment). */
    public void placeAt(OrganisationId organisation, UUID learner, String site, String country, String role) {
        jdbc.sql("update training.learner set site = :site, country = :country, role = :role where organisation_id = :org and learner_id = :id")
                .param("site", site).param("country", country).param("role", role).param("org", organisation.value())
                .param("id", learner).update();
    }

    /** A new code for the person; earlier codes stop working. */
    public String issueCode(OrganisationId organisation, UUID learner, LocalDate expiresOn) {
        var code = randomCode();
        assignCode(organisation, learner, code, expiresOn);
        return code;
    }

    public String randomCode() {
        var code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    /** Gives the person this code (the demo's known codes); earlier codes stop working. */
    public void assignCode(OrganisationId organisation, UUID learner, String code, LocalDate expiresOn) {
        jdbc.sql("delete from training.access_code where organisation_id = :org and learner_id = :id")
                .param("org", organisation.value()).param("id", learner).update();
        jdbc.sql("insert into training.access_code (code_hash, organisation_id, learner_id, expires_on) values (:hash, :org, :id, :expires)")
                .param("hash", hash(normalise(code))).param("org", organisation.value()).param("id", learner)
                .param("expires", Date.valueOf(expiresOn)).update();
    }

    public record CodeOwner(LearnerKey key, LocalDate expiresOn) {
    }

    public Optional<CodeOwner> byCode(String code) {
        return jdbc.sql("select organisation_id, learner_id, expires_on from training.access_code where code_hash = :hash")
                .param("hash", hash(normalise(code)))
                .query((row, n) -> new CodeOwner(new LearnerKey(new OrganisationId(row.getObject(1, UUID.class)),
                        new LearnerId(row.getObject(2, UUID.class))), row.getDate(3).toLocalDate()))
                .optional();
    }

    public record Learner(String fullName, Language language) {
    }

    public Optional<Learner> find(LearnerKey key) {
        return jdbc.sql("select full_name, language from training.learner where organisation_id = :org and learner_id = :id")
                .param("org", key.organisation().value()).param("id", key.learner().value())
                .query((row, n) -> new Learner(row.getString(1), Language.valueOf(row.getString(2)))).optional();
    }

    public List<PersonSummary> ofCompany(OrganisationId organisation) {
        return jdbc.sql("""
                select l.learner_id, l.full_name, l.personnel_number, l.phone, l.language, l.site,
                       (select count(*) from training.completion c
                        where c.organisation_id = l.organisation_id and c.learner_id = l.learner_id and c.revoked_on is null) as completions
                from training.learner l where l.organisation_id = :org order by l.full_name, l.personnel_number
                """).param("org", organisation.value())
                .query((row, n) -> new PersonSummary(new LearnerId(row.getObject(1, UUID.class)), row.getString(2),
                        row.getString(3), row.getString(4), Language.valueOf(row.getString(5)), row.getLong(7), row.getString(6)))
                .list();
    }

    public static String normalise(String code) {
        return code.strip().replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT)
                .replace('O', '0').replace('I', '1').replace('L', '1');
    }

    static byte[] hash(String code) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
