package org.custodes.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.custodes.organisation.OrganisationKind;
import org.custodes.organisation.OrganisationSummary;
import org.custodes.organisation.SecurityService;
import org.custodes.shared.CountryCode;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.PageQuery;
import org.custodes.shared.ReadReplica;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The public directory read from a real streaming replica: a second embedded PostgreSQL made from a base backup of
 * the first (the low-level backup API, as the embedded binaries carry no pg_basebackup) and following it through a
 * replication slot. A company written on the primary appears in the directory read on the replica; the replica is in
 * recovery and refuses writes; the reads that feed a change stay on the primary.
 */
class ReadReplicaIntegrationTests {

    static Path folder;
    static EmbeddedPostgres primary;
    static EmbeddedPostgres standby;

    @BeforeAll
    static void startPrimaryAndReplica() throws Exception {
        folder = Files.createTempDirectory("custodes-replica-test");
        var primaryData = folder.resolve("primary");
        primary = EmbeddedPostgres.builder().setDataDirectory(primaryData).setRegisterShutdownHook(false).start();
        Flyway.configure().dataSource(primary.getPostgresDatabase()).locations("classpath:db/migration").load().migrate();

        var replicaData = folder.resolve("replica");
        try (var connection = primary.getPostgresDatabase().getConnection();
             var statement = connection.createStatement()) {
            statement.execute("select pg_create_physical_replication_slot('custodes_replica', true)");
            statement.execute("select pg_backup_start('custodes replica test', true)");
            copyData(primaryData, replicaData);
            try (var stop = statement.executeQuery("select labelfile from pg_backup_stop(true)")) {
                stop.next();
                Files.writeString(replicaData.resolve("backup_label"), stop.getString(1));
            }
        }
        // PostgreSQL starts only on a data folder that its owner alone may read.
        Files.setPosixFilePermissions(replicaData, PosixFilePermissions.fromString("rwx------"));
        Files.writeString(replicaData.resolve("standby.signal"), "");
        Files.writeString(replicaData.resolve("postgresql.auto.conf"), "\nprimary_conninfo = 'host=localhost port="
                + primary.getPort() + " user=postgres'\nprimary_slot_name = 'custodes_replica'\n",
                StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        standby = EmbeddedPostgres.builder().setDataDirectory(replicaData).setCleanDataDirectory(false)
                .setRegisterShutdownHook(false).start();
    }

    /** The data folder as it is during the backup, without the server's own run files and the WAL (streamed). */
    private static void copyData(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (var file : (Iterable<Path>) files::iterator) {
                var relative = from.relativize(file).toString();
                var target = to.resolve(relative);
                if (relative.startsWith("pg_replslot/")) {
                    continue; // the primary's slots are its own
                }
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else if (!relative.equals("postmaster.pid") && !relative.equals("postmaster.opts")
                        && !relative.startsWith("pg_wal/") && !relative.equals("epg-lock")) {
                    Files.copy(file, target);
                }
            }
        }
    }

    @AfterAll
    static void stop() throws IOException {
        if (standby != null) {
            standby.close();
        }
        if (primary != null) {
            primary.close();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Test
    void theDirectoryIsReadOnTheReplicaAndWrittenOnThePrimary() {
        var primaryPlain = new JdbcTemplate(primary.getPostgresDatabase());
        var replica = new ReadReplica(new JdbcTemplate(standby.getPostgresDatabase()), true);
        var companies = new Companies(JdbcClient.create(primaryPlain), primaryPlain, new VerificationCache(Duration.ZERO),
                replica);
        assertThat(replica.jdbc().sql("select pg_is_in_recovery()").query(Boolean.class).single())
                .as("the public reads go to a server in recovery, a standby").isTrue();

        var id = new OrganisationId(UUID.randomUUID());
        companies.upsert(new OrganisationSummary(id, OrganisationKind.COMPANY, "Replica Guarding Ltd",
                "Replica", new CountryCode("KE"), Set.of(new CountryCode("KE")), EnumSet.of(SecurityService.values()[0]),
                null), Instant.now());
        assertThat(companies.legalName(id)).as("the reads that feed a change ask the primary").hasValue("Replica Guarding Ltd");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(companies.profile(id)).as("the public profile, read on the replica").isPresent());
        assertThat(companies.search(new DirectorySearch("replica guarding", null, null, null), new PageQuery(0, 20))
                .items()).extracting(listing -> listing.id()).containsExactly(id);
        assertThat(companies.asOf(id, java.time.LocalDate.now())).get()
                .extracting(StandingAsOf::standing).isEqualTo(Standing.NOT_A_MEMBER);

        assertThatExceptionOfType(DataAccessException.class).as("the replica takes no write")
                .isThrownBy(() -> replica.jdbc().sql("delete from directory.company").update());
    }
}
