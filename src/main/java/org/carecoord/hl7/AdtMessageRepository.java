package org.carecoord.hl7;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The ADT messages applied to cases (table hl7_adt_message): the feed's idempotence and the case's ADT notes. */
@Repository
class AdtMessageRepository {

    /** One applied message as the case overview shows it (no patient details: those are the case's own). */
    record AdtEvent(
            String event,
            String what,
            String facility,
            LocalDate admittedOn,
            LocalDate dischargedOn,
            Long hospitalStayId,
            String sendingFacility,
            Instant receivedAt) {}

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AdtMessageRepository(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    boolean applied(String sendingFacility, String controlId) {
        Integer count = jdbc.queryForObject(
                "select count(*) from hl7_adt_message where sending_facility = ? and control_id = ?",
                Integer.class,
                sendingFacility,
                controlId);
        return count != null && count > 0;
    }

    /**
     * Records the message as applied; a second insert of the same facility and control id fails on the unique key
     * (after waiting for the first one's transaction).
     */
    long insert(AdtMessage message, long caseId) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(
                con -> {
                    var ps = con.prepareStatement("""
                    insert into hl7_adt_message (sending_facility, control_id, event, case_id, facility, admitted_on,
                                                 discharged_on, received_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
                    ps.setString(1, truncate(message.sendingFacility(), 100));
                    ps.setString(2, truncate(message.controlId(), 100));
                    ps.setString(3, message.event());
                    ps.setLong(4, caseId);
                    ps.setString(5, truncate(message.facility(), 200));
                    ps.setObject(6, message.admittedOn());
                    ps.setObject(7, message.dischargedOn());
                    ps.setTimestamp(8, Timestamp.from(Instant.now(clock)));
                    return ps;
                },
                keys);
        return keys.getKey().longValue();
    }

    void linkStay(long messageId, long hospitalStayId) {
        jdbc.update("update hl7_adt_message set hospital_stay_id = ? where id = ?", hospitalStayId, messageId);
    }

    /** The case's latest ADT messages, newest first. */
    List<AdtEvent> ofCase(long caseId, int limit) {
        return jdbc.query("""
                select event, facility, admitted_on, discharged_on, hospital_stay_id, sending_facility, received_at
                from hl7_adt_message where case_id = ? order by received_at desc, id desc limit ?""", AdtMessageRepository::map, caseId, limit);
    }

    private static AdtEvent map(ResultSet rs, int row) throws SQLException {
        String event = rs.getString("event");
        Date admitted = rs.getDate("admitted_on");
        Date discharged = rs.getDate("discharged_on");
        return new AdtEvent(
                event,
                AdtFeed.DISCHARGE.equals(event) ? "discharged" : "admitted",
                rs.getString("facility"),
                admitted == null ? null : admitted.toLocalDate(),
                discharged == null ? null : discharged.toLocalDate(),
                rs.getObject("hospital_stay_id", Long.class),
                rs.getString("sending_facility"),
                rs.getTimestamp("received_at").toInstant());
    }

    static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
