package org.carecoord.careplan;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The services an agreed plan refers the patient to, one open need each, for the referral stage. */
@Repository
class ReferralNeedRepository {

    private final JdbcTemplate jdbc;

    ReferralNeedRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Opens a need per service not already open on the case (those move to this plan); returns the new ones. */
    List<String> open(long caseId, long planId, List<String> services, Instant now) {
        List<String> opened = new ArrayList<>();
        for (String service : services) {
            int carriedOver = jdbc.update("""
                    update referral_need set care_plan_id = ? where case_id = ? and service_type = ? and status = ?""", planId, caseId, service, ReferralNeedStatus.OPEN.code());
            if (carriedOver > 0) {
                continue;
            }
            opened.add(service);
            jdbc.update("""
                    insert into referral_need (case_id, care_plan_id, service_type, status, created_at)
                    values (?, ?, ?, ?, ?)""", caseId, planId, service, ReferralNeedStatus.OPEN.code(), Timestamp.from(now));
        }
        return opened;
    }

    List<CarePlanDetails.ReferralNeedView> ofPlan(long planId) {
        return jdbc.query(
                "select service_type, status from referral_need where care_plan_id = ? order by id",
                (rs, row) -> new CarePlanDetails.ReferralNeedView(rs.getString("service_type"), rs.getString("status")),
                planId);
    }
}
