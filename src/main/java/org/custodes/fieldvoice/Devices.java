package org.custodes.fieldvoice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.custodes.shared.Rows;

/** Registered devices: the hash of each secret only, never the secret. */
@Repository
class Devices {

    /** A device's credentials as stored, for sign-in. */
    record Credentials(DeviceSummary device, String secretHash, CaptureMissionStatus missionStatus) {
    }

    private final JdbcClient jdbc;

    Devices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(DeviceSummary device, String secretHash) {
        jdbc.sql("""
                insert into fieldvoice.device (id, mission_id, holder, username, secret_hash, registered_at)
                values (:id, :mission, :holder, :username, :hash, :at)
                """).param("id", device.id().value()).param("mission", device.mission().value())
                .param("holder", device.holder()).param("username", device.username()).param("hash", secretHash)
                .param("at", Timestamp.from(device.registeredAt())).update();
    }

    Optional<Credentials> byUsername(String username) {
        return jdbc.sql("""
                select d.*, m.status as mission_status from fieldvoice.device d
                join fieldvoice.mission m on m.id = d.mission_id where d.username = :username
                """).param("username", username).query((row, n) -> new Credentials(device(row),
                        row.getString("secret_hash"), CaptureMissionStatus.valueOf(row.getString("mission_status")))).optional();
    }

    Optional<DeviceSummary> find(DeviceId id) {
        return jdbc.sql("select * from fieldvoice.device where id = :id").param("id", id.value())
                .query((row, n) -> device(row)).optional();
    }

    List<DeviceSummary> ofMission(CaptureMissionId mission) {
        return jdbc.sql("select * from fieldvoice.device where mission_id = :mission order by registered_at")
                .param("mission", mission.value()).query((row, n) -> device(row)).list();
    }

    /** Revokes an active device; false when it was revoked already. */
    boolean revoke(DeviceId id, Instant at) {
        return jdbc.sql("""
                update fieldvoice.device set revoked_at = :at, version = version + 1 where id = :id and revoked_at is null
                """).param("at", Timestamp.from(at)).param("id", id.value()).update() == 1;
    }

    int revokeAll(CaptureMissionId mission, Instant at) {
        return jdbc.sql("""
                update fieldvoice.device set revoked_at = :at, version = version + 1
                where mission_id = :mission and revoked_at is null
                """).param("at", Timestamp.from(at)).param("mission", mission.value()).update();
    }

    private static DeviceSummary device(ResultSet row) throws SQLException {
        return new DeviceSummary(new DeviceId(row.getObject("id", UUID.class)),
                new CaptureMissionId(row.getObject("mission_id", UUID.class)), row.getString("holder"),
                row.getString("username"), row.getTimestamp("registered_at").toInstant(),
                Rows.instant(row.getTimestamp("revoked_at")));
    }
}
