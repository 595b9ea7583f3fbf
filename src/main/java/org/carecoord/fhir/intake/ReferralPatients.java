package org.carecoord.fhir.intake;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The patient a referral's episode belongs to, and whether CareCoord knew them before. Patients are registered only
 * with an episode, so one with an earlier episode was matched, not created.
 */
@Component
class ReferralPatients {

    record EpisodePatient(long patientId, boolean isNew) {}

    private final JdbcTemplate jdbc;

    ReferralPatients(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    EpisodePatient of(long caseId) {
        return jdbc.queryForObject("""
                select c.patient_id,
                       not exists (select 1 from care_case o where o.patient_id = c.patient_id and o.id <> c.id)
                from care_case c where c.id = ?""", (rs, row) -> new EpisodePatient(rs.getLong(1), rs.getBoolean(2)), caseId);
    }
}
