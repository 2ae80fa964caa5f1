package org.custodes.governance.seat;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.custodes.governance.SeatId;
import org.custodes.membership.MembershipPillar;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.Rows;
import org.custodes.shared.UserId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The Board's seats; saving one publishes its pending events in the same transaction. */
@Repository
public class Seats {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Seats(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    public List<Seat> all() {
        return jdbc.sql("""
                select * from governance.seat
                order by case pillar when 'COMPANY' then 1 when 'CIVIL_SOCIETY' then 2 else 3 end, position
                """).query((row, n) -> seat(row)).list();
    }

    public Optional<Seat> find(SeatId id) {
        return jdbc.sql("select * from governance.seat where id = :id").param("id", id.value())
                .query((row, n) -> seat(row)).optional();
    }

    public Optional<Seat> chair() {
        return jdbc.sql("select * from governance.seat where chair").query((row, n) -> seat(row)).optional();
    }

    public void insert(Seat seat) {
        jdbc.sql("insert into governance.seat (id, pillar, position) values (:id, :pillar, :position)")
                .param("id", seat.id().value()).param("pillar", seat.pillar().name()).param("position", seat.position())
                .update();
    }

    public void save(Seat seat) {
        var rows = jdbc.sql("""
                update governance.seat set holder_user_id = :holder, holder_name = :name, organisation_id = :organisation,
                    term_start = :start, term_end = :end, chair = :chair, version = version + 1
                where id = :id and version = :version
                """)
                .param("holder", seat.holder() == null ? null : seat.holder().value())
                .param("name", seat.holderName())
                .param("organisation", seat.organisation() == null ? null : seat.organisation().value())
                .param("start", Rows.sqlDate(seat.termStart())).param("end", Rows.sqlDate(seat.termEnd()))
                .param("chair", seat.chair()).param("id", seat.id().value()).param("version", seat.version())
                .update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("seat " + seat.id() + " was changed by someone else");
        }
        seat.pendingEvents().forEach(events::publishEvent);
        seat.saved();
    }

    private static Seat seat(ResultSet row) throws SQLException {
        var holder = row.getObject("holder_user_id", UUID.class);
        var organisation = row.getObject("organisation_id", UUID.class);
        var start = row.getDate("term_start");
        var end = row.getDate("term_end");
        return new Seat(row.getObject("id", UUID.class), MembershipPillar.valueOf(row.getString("pillar")),
                row.getInt("position"), holder == null ? null : new UserId(holder), row.getString("holder_name"),
                organisation == null ? null : new OrganisationId(organisation),
                start == null ? null : start.toLocalDate(), end == null ? null : end.toLocalDate(),
                row.getBoolean("chair"), row.getLong("version"));
    }
}
