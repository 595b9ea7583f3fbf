package org.carecoord.transitionalcare;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class HospitalStayRepository {

    private final JdbcTemplate jdbc;

    HospitalStayRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insert(
            long caseId,
            HospitalDischargeReport report,
            String reportedBy,
            Instant now,
            Instant contactDueAt,
            Instant faceToFaceDueAt) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    var statement = connection.prepareStatement("""
                    insert into hospital_stay (case_id, facility, admitted_on, discharged_on, disposition,
                                               reported_by, reported_at, contact_due_at, face_to_face_due_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
                    statement.setLong(1, caseId);
                    statement.setString(2, report.facility().trim());
                    statement.setObject(3, report.admittedOn());
                    statement.setObject(4, report.dischargedOn());
                    statement.setString(5, report.disposition());
                    statement.setString(6, reportedBy);
                    statement.setTimestamp(7, Timestamp.from(now));
                    statement.setTimestamp(8, Timestamp.from(contactDueAt));
                    statement.setTimestamp(9, Timestamp.from(faceToFaceDueAt));
                    return statement;
                },
                keys);
        return keys.getKey().longValue();
    }

    Optional<HospitalStay> find(long id) {
        return jdbc.query("select * from hospital_stay where id = ?", HospitalStayRepository::map, id).stream()
                .findFirst();
    }

    List<HospitalStay> ofCase(long caseId) {
        return jdbc.query(
                "select * from hospital_stay where case_id = ? order by discharged_on desc, id desc",
                HospitalStayRepository::map,
                caseId);
    }

    /** Records one step and returns the number of contact attempts so far. */
    void addStep(
            long stayId,
            String kind,
            Instant at,
            String by,
            Boolean reached,
            String channel,
            String detail,
            String note) {
        jdbc.update("""
                insert into transitional_care_step (hospital_stay_id, kind, recorded_at, recorded_by, reached, channel,
                                                    detail, note)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", stayId, kind, Timestamp.from(at), by, reached, channel, detail, note);
    }

    int countContactAttempts(long stayId) {
        jdbc.update("""
                update hospital_stay set contact_attempts = (select count(*) from transitional_care_step
                    where hospital_stay_id = ? and kind = 'contact-attempt') where id = ?""", stayId, stayId);
        return jdbc.queryForObject("select contact_attempts from hospital_stay where id = ?", Integer.class, stayId);
    }

    void contactDone(long stayId, String outcome, Instant at) {
        jdbc.update(
                "update hospital_stay set contact_outcome = ?, contact_done_at = ? where id = ?",
                outcome,
                Timestamp.from(at),
                stayId);
    }

    void medicationReconciled(long stayId, Instant at) {
        jdbc.update("update hospital_stay set medication_reconciled_at = ? where id = ?", Timestamp.from(at), stayId);
    }

    void faceToFaceVisit(long stayId, LocalDate on) {
        jdbc.update("update hospital_stay set face_to_face_on = ? where id = ?", on, stayId);
    }

    void close(long stayId, Instant at) {
        jdbc.update("update hospital_stay set closed_at = ? where id = ?", Timestamp.from(at), stayId);
    }

    List<Step> steps(long stayId) {
        return jdbc.query(
                """
                select kind, recorded_at, recorded_by, reached, channel, detail from transitional_care_step
                where hospital_stay_id = ? order by recorded_at, id""",
                (rs, row) -> new Step(
                        rs.getString("kind"),
                        rs.getTimestamp("recorded_at").toInstant(),
                        rs.getString("recorded_by"),
                        (Boolean) rs.getObject("reached"),
                        rs.getString("channel"),
                        rs.getString("detail")),
                stayId);
    }

    /** One recorded step; notes stay in the case record and out of listings. */
    record Step(String kind, Instant recordedAt, String recordedBy, Boolean reached, String channel, String detail) {}

    private static HospitalStay map(ResultSet rs, int row) throws SQLException {
        return new HospitalStay(
                rs.getLong("id"),
                rs.getLong("case_id"),
                rs.getString("facility"),
                rs.getObject("admitted_on", LocalDate.class),
                rs.getObject("discharged_on", LocalDate.class),
                rs.getString("disposition"),
                instant(rs, "reported_at"),
                instant(rs, "contact_due_at"),
                instant(rs, "face_to_face_due_at"),
                rs.getInt("contact_attempts"),
                rs.getString("contact_outcome"),
                instant(rs, "contact_done_at"),
                instant(rs, "medication_reconciled_at"),
                rs.getObject("face_to_face_on", LocalDate.class),
                instant(rs, "closed_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
