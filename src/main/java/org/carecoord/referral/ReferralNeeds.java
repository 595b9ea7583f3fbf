package org.carecoord.referral;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.carecoord.careplan.ReferralNeedStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The referral stage's view of referral needs (table referral_need, opened by care planning or ad hoc). */
@Repository
class ReferralNeeds {

    private final JdbcTemplate jdbc;

    ReferralNeeds(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A need asked for outside the plan's first round; it belongs to the case's active plan, if any. */
    long insertAdHoc(long caseId, String serviceType, String reason, String requestedBy, Instant now) {
        Long planId =
                jdbc.queryForList("""
                select id from care_plan where case_id = ? and status = 'active' order by version desc""", Long.class, caseId).stream().findFirst().orElse(null);
        var key = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    var statement = connection.prepareStatement("""
                    insert into referral_need (case_id, care_plan_id, service_type, status, reason, requested_by,
                                               created_at)
                    values (?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
                    statement.setLong(1, caseId);
                    statement.setObject(2, planId);
                    statement.setString(3, serviceType);
                    statement.setString(4, ReferralNeedStatus.OPEN.code());
                    statement.setString(5, reason);
                    statement.setString(6, requestedBy);
                    statement.setTimestamp(7, Timestamp.from(now));
                    return statement;
                },
                key);
        return key.getKey().longValue();
    }

    /** The case's open need for the service (the newest, should there be several). */
    Optional<Long> openNeed(long caseId, String serviceType) {
        return jdbc.queryForList("""
                select id from referral_need where case_id = ? and service_type = ? and status = ?
                order by id desc""", Long.class, caseId, serviceType, ReferralNeedStatus.OPEN.code()).stream()
                .findFirst();
    }

    /** The patient's preferred language, e.g. {@code es}. */
    Optional<String> patientLanguage(long caseId) {
        return jdbc.queryForList("""
                select p.preferred_language from care_case c join patient p on p.id = c.patient_id
                where c.id = ?""", String.class, caseId).stream().findFirst();
    }

    /** Locks the case's row, so that two requests for the same service on one case serialise. */
    void lockCase(long caseId) {
        jdbc.queryForList("select id from care_case where id = ? for update", Long.class, caseId);
    }
}
